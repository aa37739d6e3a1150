/** The folder holding the historical dataset's YAML files: one guarantee per case, each as it stood the day before its test. */
export declare const datasetDir: string;

/** Each case's outcome (deterred, honoured, mixed, not-honoured), kept outside the dataset folder so the engine never reads it. */
export declare const outcomesFile: string;
