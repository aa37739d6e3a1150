import { type CommitInfo, commitsTouching, folderMatchesHead, headCommit } from '@pledgewatch/core';
import type { FeedLine } from './live-state.js';

/**
 * When the dataset folder is a git work tree, a change that arrives through a pull or a
 * checkout is attributed to its commit (author, message, short hash) in the feed. A change
 * counts as arriving by git when HEAD moved and the folder's files are then exactly as
 * committed; a local edit (files differ from HEAD) is never attributed to anyone.
 */

export interface CommitAttribution {
  /** Notes where HEAD is when the dashboard opens; turns attribution off outside a repository. */
  start(): Promise<void>;
  /** The commits that brought the files to where they are now, if git moved them since last asked. */
  arrived(): Promise<{ commits: CommitInfo[]; undone: boolean } | undefined>;
}

export function commitAttribution(dir: string): CommitAttribution {
  let head: string | undefined;
  return {
    async start() {
      head = await headCommit(dir);
    },
    async arrived() {
      if (head === undefined) return undefined;
      const now = await headCommit(dir);
      if (now === undefined || now === head) return undefined;
      const clean = await folderMatchesHead(dir);
      const from = head;
      head = now;
      if (!clean) return undefined;
      const forward = await commitsTouching(dir, from, now);
      if (forward && forward.length > 0) return { commits: forward, undone: false };
      const backward = await commitsTouching(dir, now, from);
      return backward && backward.length > 0 ? { commits: backward, undone: true } : undefined;
    },
  };
}

/** The feed line with the commit that brought it: "… ← 1a2b3c4 Ana Analyst: UK troops deploying". */
export function attributeLine(line: FeedLine, arrival: { commits: CommitInfo[]; undone: boolean }): FeedLine {
  const [newest] = arrival.commits;
  if (!newest) return line;
  const more = arrival.commits.length > 1 ? ` (+${arrival.commits.length - 1} more)` : '';
  const how = arrival.undone ? 'checkout undid' : '←';
  return {
    ...line,
    commit: newest,
    text: `${line.text} ${how} ${newest.hash} ${newest.author}: ${newest.subject}${more}`,
  };
}
