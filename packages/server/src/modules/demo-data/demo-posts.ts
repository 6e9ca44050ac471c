import type { CreateCommunityPostRequest } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { contextForUser } from '../../cli/cli-actor.ts';
import type { Db } from '../../db/client.ts';
import { createComment } from '../community/comments/comment-service.ts';
import { createPost, publishPost } from '../community/posts/post-service.ts';
import { ratePost } from '../community/posts/reaction-service.ts';

const HOUR_MS = 3_600_000;

/** Who writes, rates and comments: demo users by email. Blog posts are the editor's (the admin). */
type DemoAuthor = 'admin' | 'linkworker' | 'supervisor' | 'referrer' | 'pcnmanager' | 'vcse' | 'commissioner';

interface DemoComment {
  by: DemoAuthor;
  body: string;
  /** Replies to the comment this many places earlier in the post's list. */
  repliesTo?: number;
}

interface DemoPost {
  by: DemoAuthor;
  post: CreateCommunityPostRequest;
  hoursAgo: number;
  ratings: Partial<Record<DemoAuthor, number>>;
  comments: DemoComment[];
}

const DEMO_POSTS: DemoPost[] = [
  {
    by: 'admin',
    hoursAgo: 21 * 24,
    post: {
      kind: 'blog',
      title: 'Six months of the Riverside walking group',
      summary: 'What we learned from a walking group that link workers, a park ranger and volunteers run together.',
      tags: ['physical activity', 'partnerships'],
      visibility: 'public',
      bodyMarkdown:
        'In spring our link workers started a weekly walk from the park gates with a volunteer walk leader.\n\n' +
        '## What worked\n\n- Going along with people to their **first** walk.\n- A café at the end, so the walk is also a chat.\n- Two routes: a short flat one and a longer one.\n\n' +
        '## What we would change\n\nWe should have asked the bus company about timetables sooner: several people could not get there for 10 o’clock.',
    },
    ratings: { linkworker: 5, supervisor: 4, pcnmanager: 5, vcse: 4 },
    comments: [
      { by: 'vcse', body: 'Thank you for the mention. Our volunteers loved it and two more have signed up to lead walks.' },
      { by: 'linkworker', body: 'The café at the end really is the secret: people come for the walk and stay for the chat.' },
      { by: 'supervisor', body: 'Worth trying an afternoon walk in winter when mornings are dark?', repliesTo: 1 },
    ],
  },
  {
    by: 'admin',
    hoursAgo: 12 * 24,
    post: {
      kind: 'guest_blog',
      title: 'A GP’s view: what I want from a message back',
      guestAuthor: 'Dr Rhys Referrer, Willow Lane Surgery (demo)',
      summary: 'Short, coded, and telling me what changed for the person.',
      tags: ['message back', 'general practice'],
      visibility: 'public',
      bodyMarkdown:
        'When a social prescribing referral ends, I need three things: **what happened**, **what changed for the person**, and the **codes** to put in their record.\n\n' +
        'A paragraph is plenty. If the person has gone on to another service, tell me which, so I can mention it next time I see them.',
    },
    ratings: { linkworker: 4, supervisor: 5, commissioner: 4 },
    comments: [
      {
        by: 'linkworker',
        body: 'Really useful. We have started adding one line on what matters to the person, in their own words.',
      },
      { by: 'referrer', body: 'That line is the bit I read out to patients. Keep it!', repliesTo: 1 },
    ],
  },
  {
    by: 'linkworker',
    hoursAgo: 6 * 24,
    post: {
      kind: 'discussion',
      title: 'How do you reach people who never answer the phone?',
      summary: '',
      tags: ['contact', 'practice'],
      visibility: 'members',
      bodyMarkdown:
        'Three attempts and a referral becomes "not reached", but some people simply do not pick up unknown numbers. What works for you: a text first, a letter, asking the practice to mention it?',
    },
    ratings: { supervisor: 4, vcse: 3 },
    comments: [
      { by: 'supervisor', body: 'A text the day before saying who will ring and when makes a big difference for us.' },
      { by: 'vcse', body: 'We ask the GP receptionist to mention us when the person next calls the surgery.' },
    ],
  },
  {
    by: 'supervisor',
    hoursAgo: 2 * 24,
    post: {
      kind: 'discussion',
      title: 'Group supervision: is anyone running it monthly?',
      summary: '',
      tags: ['supervision'],
      visibility: 'members',
      bodyMarkdown:
        'We are thinking of adding a monthly group session to one-to-one supervision, to talk through complex cases together. How have other networks set this up?',
    },
    ratings: { linkworker: 5 },
    comments: [
      { by: 'pcnmanager', body: 'Happy to fund a room and lunch for it if it helps. Let’s talk at the next team meeting.' },
    ],
  },
];

/**
 * The community of practice's demo conversation: blog posts by the editor, discussions by the
 * team, with ratings and comments, all through the community use cases at times over the last
 * three weeks. Returns how many posts, ratings and comments were made.
 */
export async function loadDemoPosts(db: Db, now: Date): Promise<{ posts: number; ratings: number; comments: number }> {
  const contexts = new Map<DemoAuthor, RequestContext>();
  const as = async (author: DemoAuthor) => {
    const known = contexts.get(author);
    if (known) return known;
    const ctx = await contextForUser(db, `${author}@kith.example`);
    contexts.set(author, ctx);
    return ctx;
  };
  const counts = { posts: 0, ratings: 0, comments: 0 };
  const quiet = { info: () => undefined };
  for (const demo of DEMO_POSTS) {
    let at = new Date(now.getTime() - demo.hoursAgo * HOUR_MS);
    const author = await as(demo.by);
    const created = await createPost(db, author, demo.post, at);
    if (demo.post.kind !== 'discussion') await publishPost(db, author, created.id, at);
    counts.posts++;
    const commentIds: string[] = [];
    for (const comment of demo.comments) {
      at = new Date(at.getTime() + 5 * HOUR_MS);
      const parentId = comment.repliesTo ? commentIds[commentIds.length - comment.repliesTo] : undefined;
      const made = await createComment(db, await as(comment.by), {
        postId: created.id,
        input: { body: comment.body, parentId: parentId ?? null },
        log: quiet,
        now: at,
      });
      commentIds.push(made.id);
      counts.comments++;
    }
    for (const [rater, stars] of Object.entries(demo.ratings) as [DemoAuthor, number][]) {
      at = new Date(at.getTime() + HOUR_MS);
      await ratePost(db, await as(rater), { postId: created.id, stars, now: at });
      counts.ratings++;
    }
  }
  return counts;
}
