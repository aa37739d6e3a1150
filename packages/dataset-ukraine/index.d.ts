/** The folder holding the bundled Ukraine dataset's YAML files. */
export declare const datasetDir: string;
