import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { describeJourney } from '../support/journey-setup.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';

const JOURNEY_TIMEOUT_MS = 150_000;

const MEMBER = { name: 'Robin Fairweather', email: 'robin.fairweather@example.org', password: 'a long community password' };
const POST = {
  title: 'Building links with community organisations',
  markdown: [
    'What we learnt from a year of visiting groups in person.',
    '',
    '## What worked',
    '',
    '- Going to a session before referring anyone',
    '',
    '[A link that must not run](javascript:alert(1))',
    '',
    '<script>window.journeyScriptRan = true</script>',
  ].join('\n'),
};
const WEBINAR = 'Safeguarding for link workers (journey webinar)';
const RESOURCE = {
  title: 'Person-centred care toolkit (journey resource)',
  url: 'https://example.org/kith-journey/person-centred-toolkit',
};

interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Calls the API with the browser's own session and CSRF token, to set the scene quickly. */
async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/me')).json();
      const response = await fetch(path, {
        method,
        // No content type without a body: Fastify refuses an empty JSON body.
        headers: { 'x-csrf-token': me.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** A UK wall-clock date `days` from now, as a `datetime-local` field wants it. */
function ukDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
}

describeJourney('journey: the community of practice', JOURNEY_TIMEOUT_MS, (running) => {
  it(
    'a visitor registers, confirms through the outbox, rates, saves and comments on a post; an editor runs a webinar the member replies to',
    async () => {
      const { page, step, context, problems } = running.journey;
      const { adminEmail, adminPassword } = running.kith;
      let verifyPath = '';
      let eventUrl = '';

      const signInAs = async (email: string, password: string) => {
        await page.goto('/sign-in');
        await signIn(page, email, password);
        await expectHeading(page, 'Home');
      };

      await step('the admin makes themselves a community editor and writes a post', async () => {
        await signInAs(adminEmail, adminPassword);
        const me = (await callApi(page, 'GET', '/api/me')).body as { user: { id: string } };
        const roles = await callApi(page, 'PUT', `/api/community/members/${me.user.id}/roles`, {
          isEditor: true,
          isModerator: true,
        });
        expect(roles.status, JSON.stringify(roles.body)).toBe(200);
        const created = await callApi(page, 'POST', '/api/community/posts', {
          kind: 'blog',
          title: POST.title,
          summary: 'Notes from the Riverside network.',
          tags: ['partnerships'],
          bodyMarkdown: POST.markdown,
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const published = await callApi(page, 'POST', `/api/community/posts/${(created.body as { id: string }).id}/publish`);
        expect(published.status).toBe(200);
        await signOut(page);
      });

      await step('a visitor finds the community from the header and registers', async () => {
        await followMenuLink(page, 'Community');
        await expectHeading(page, 'Community of practice');
        await page.getByRole('link', { name: POST.title }).waitFor();
        await checkAccessibility(page, 'community home for a visitor');
        await page.getByRole('link', { name: 'register as a member' }).click();
        await expectHeading(page, 'Register for the community');
        await page.getByRole('button', { name: 'Register' }).click();
        await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
        await page.getByRole('link', { name: 'Enter your name' }).waitFor();
        await checkAccessibility(page, 'registration with errors');
        await page.getByLabel('Your name').fill(MEMBER.name);
        await page.getByLabel('Email address').fill(MEMBER.email);
        await page.getByLabel('Create a password').fill(MEMBER.password);
        await page.getByRole('button', { name: 'Register' }).click();
        await expectHeading(page, 'Check your email');
        await checkAccessibility(page, 'registration done');
      });

      await step('a visitor reads the post but is told rating needs membership', async () => {
        await page.goto('/community/posts');
        await expectHeading(page, 'Blog and discussions');
        await page.getByRole('link', { name: POST.title }).click();
        await expectHeading(page, POST.title);
        await page.getByText('You need to be a registered member to rate this post').waitFor();
        await page.getByText('You need to be a registered member to comment').waitFor();
        await checkAccessibility(page, 'post for a visitor');
      });

      await step('the admin reads the verification email in the outbox', async () => {
        await signInAs(adminEmail, adminPassword);
        await page.goto('/admin/outbox');
        await expectHeading(page, 'Email outbox');
        const email = page
          .getByRole('listitem')
          .filter({ hasText: `To ${MEMBER.email}` })
          .first();
        await email.getByRole('heading', { name: 'Confirm your email address for the Kith community' }).waitFor();
        await email.getByText('Read the email').click();
        const link = email.getByRole('link', { name: /\/community\/verify\?token=/ });
        const href = (await link.getAttribute('href')) ?? '';
        const url = new URL(href);
        verifyPath = `${url.pathname}${url.search}`;
        expect(verifyPath).toMatch(/^\/community\/verify\?token=[\w-]+$/);
        await checkAccessibility(page, 'outbox with an email open');
        await signOut(page);
      });

      await step('the visitor follows the link and confirms their address, then signs in', async () => {
        await page.goto(verifyPath);
        await expectHeading(page, 'Confirm your email address');
        await checkAccessibility(page, 'confirm email');
        await page.getByRole('button', { name: 'Confirm my email address' }).click();
        await expectHeading(page, 'Your email address is confirmed');
        await page.getByRole('link', { name: 'Sign in' }).first().click();
        await signIn(page, MEMBER.email, MEMBER.password);
        await expectHeading(page, 'Community of practice');
        await page.getByText(`Welcome back, ${MEMBER.name}.`).waitFor();
      });

      await step('the member reads the post: Markdown rendered, nothing runnable', async () => {
        await page.getByRole('link', { name: POST.title }).click();
        await expectHeading(page, POST.title);
        await page.getByRole('heading', { level: 2, name: 'What worked' }).waitFor();
        await page.getByText('0 votes', { exact: true }).waitFor();
        expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
        expect(await page.evaluate(() => 'journeyScriptRan' in window)).toBe(false);
        await checkAccessibility(page, 'post for a member');
      });

      await step('the member rates it 4 stars', async () => {
        await page.getByRole('group', { name: 'Your rating' }).getByLabel('4 stars').check();
        await page.getByRole('button', { name: 'Save my rating' }).click();
        await page.getByText('1 vote, average: 4.00 out of 5').waitFor();
        await page.getByText('Your rating of 4 stars has been saved.').waitFor();
        await checkAccessibility(page, 'post after rating');
      });

      await step('the member saves it to their favourites and finds it there', async () => {
        await page.getByRole('button', { name: 'Add to my favourites' }).click();
        await page.getByText('Saved to your favourites.').waitFor();
        await page.getByRole('button', { name: 'Remove from my favourites' }).waitFor();
        await page.getByRole('link', { name: 'My favourites' }).first().click();
        await expectHeading(page, 'My favourites');
        await page.getByRole('link', { name: POST.title }).waitFor();
        await checkAccessibility(page, 'my favourites');
        await page.getByRole('link', { name: POST.title }).click();
        await expectHeading(page, POST.title);
      });

      await step('the member comments', async () => {
        await page.getByRole('button', { name: 'Post comment' }).click();
        await page.getByRole('link', { name: 'Enter your comment' }).waitFor();
        await page.getByLabel('Add a comment').fill('We found the same: going along first makes all the difference.');
        await page.getByRole('button', { name: 'Post comment' }).click();
        await page.getByText('Your comment has been posted.').waitFor();
        await page.getByText('We found the same: going along first makes all the difference.').waitFor();
        await page.getByRole('heading', { name: 'Comments (1)' }).waitFor();
        await page.getByRole('button', { name: /^Edit/ }).waitFor();
        await checkAccessibility(page, 'post with a comment');
        await signOut(page);
      });

      await step('a moderator hides a reported comment, then restores it', async () => {
        await signInAs(adminEmail, adminPassword);
        await page.goto('/community/posts');
        await page.getByRole('link', { name: POST.title }).click();
        await expectHeading(page, POST.title);
        await page.getByRole('button', { name: `Report the comment by ${MEMBER.name}` }).click();
        await page.getByLabel('Why are you reporting this comment? (optional)').fill('Checking the moderation queue');
        await page.getByRole('button', { name: 'Report comment' }).click();
        await page.getByText('You reported this comment to the moderators.').waitFor();
        await page.goto('/community/moderation');
        await expectHeading(page, 'Moderation');
        await page.getByText('Checking the moderation queue').waitFor();
        await checkAccessibility(page, 'moderation queue');
        await page.getByLabel('Reason for hiding (optional)').fill('Journey check');
        await page.getByRole('button', { name: `Hide the comment by ${MEMBER.name}` }).click();
        await page.getByText(`The comment by ${MEMBER.name} has been hidden`).waitFor();
        await page.getByText('No comments are waiting for a decision.').waitFor();
        await page.getByRole('link', { name: 'Hidden' }).click();
        await page.getByRole('button', { name: `Restore the comment by ${MEMBER.name}` }).click();
        await page.getByText(`The comment by ${MEMBER.name} has been restored`).waitFor();
      });

      await step('an editor creates a webinar', async () => {
        await page.goto('/community/events');
        await expectHeading(page, 'Webinars and network meetings');
        await page.getByRole('link', { name: 'Create an event' }).click();
        await expectHeading(page, 'Create an event');
        await page.getByRole('button', { name: 'Create event' }).click();
        await page.getByRole('link', { name: 'Enter a title' }).waitFor();
        await checkAccessibility(page, 'event form with errors');
        const day = ukDateIn(3);
        await page.getByLabel('Webinar').check();
        await page.getByLabel('Title').fill(WEBINAR);
        await page.getByLabel('Starts').fill(`${day}T10:00`);
        await page.getByLabel('Ends').fill(`${day}T11:00`);
        await page.getByLabel('Joining link').fill('https://example.org/kith-journey/webinar');
        await page.getByLabel('Number of places (optional)').fill('20');
        await page.getByLabel('Who is it for? (optional)').fill('Link workers');
        await page.getByRole('button', { name: 'Create event' }).click();
        await expectHeading(page, WEBINAR);
        await page.getByText(`“${WEBINAR}” has been created`).waitFor();
        await page.getByText('10:00 to 11:00 (UK time)').waitFor();
        await page.getByText('20 of 20 places left').waitFor();
        eventUrl = new URL(page.url()).pathname;
        await checkAccessibility(page, 'event page for an editor');
      });

      await step('the editor invites the member by email', async () => {
        await page.getByRole('link', { name: 'Invite people' }).click();
        await expectHeading(page, `Invite people to “${WEBINAR}”`);
        await page.getByLabel('Members, by email address').check();
        await page.getByLabel('Email addresses').fill(MEMBER.email);
        await checkAccessibility(page, 'invite form');
        await page.getByRole('button', { name: 'Send invitations' }).click();
        await page.getByText('1 person has been invited and emailed').waitFor();
        await signOut(page);
      });

      await step('the member sees the invitation and replies yes', async () => {
        await signInAs(MEMBER.email, MEMBER.password);
        await page.goto('/community/events');
        const card = page.getByRole('listitem').filter({ hasText: WEBINAR });
        await card.getByText('Invited').waitFor();
        await checkAccessibility(page, 'events list for a member');
        await card.getByRole('link', { name: WEBINAR }).click();
        await expectHeading(page, WEBINAR);
        expect(new URL(page.url()).pathname).toBe(eventUrl);
        await page.getByRole('link', { name: 'https://example.org/kith-journey/webinar' }).waitFor();
        await page.getByLabel('Yes, I will go').check();
        await page.getByRole('button', { name: 'Send my reply' }).click();
        await page.getByText('You are going.').waitFor();
        await page.getByText('19 of 20 places left').waitFor();
        await checkAccessibility(page, 'event after replying yes');
      });

      await step('the member downloads the event for their calendar', async () => {
        const link = page.getByRole('link', { name: 'Add to calendar (.ics)' });
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        const path = await download.path();
        const ics = await readFile(path, 'utf8');
        expect(ics).toContain('BEGIN:VEVENT');
        expect(ics).toContain('Safeguarding for link workers');
        expect(download.suggestedFilename()).toMatch(/\.ics$/);
        const response = await context.request.get((await link.getAttribute('href')) ?? '');
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
        expect(await response.text()).toContain('BEGIN:VEVENT');
      });

      await step('an editor adds a resource, fixing a bad web address, finds it by search and archives it', async () => {
        await signOut(page);
        await signInAs(adminEmail, adminPassword);
        await page.goto('/community/resources');
        await expectHeading(page, 'Resources library');
        await page.getByRole('link', { name: 'Add a resource' }).click();
        await expectHeading(page, 'Add a resource');
        await page.getByLabel('Title').fill(RESOURCE.title);
        await page.getByLabel('Toolkit', { exact: true }).check();
        await page.getByLabel('Category').fill('Personalised care');
        await page.getByLabel('Summary (optional)').fill('Templates for what matters conversations.');
        await page.getByLabel('Web address').fill('javascript:alert(1)');
        await page.getByLabel('Tags (optional)').fill('Care planning, toolkit');
        await page.getByRole('button', { name: 'Add resource' }).click();
        await page.getByRole('link', { name: 'Enter a web address starting with https:// (or http://)' }).click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('url');
        expect(await page.getByLabel('Title').inputValue()).toBe(RESOURCE.title);
        await checkAccessibility(page, 'resource form with errors');
        await page.getByLabel('Web address').fill(RESOURCE.url);
        await page.getByRole('button', { name: 'Add resource' }).click();
        await page.getByText(`“${RESOURCE.title}” has been added to the library`).waitFor();

        await page.goto('/community/resources');
        await page.getByLabel('Words').fill('journey resource templates');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        const card = page.getByRole('listitem').filter({ hasText: RESOURCE.title });
        expect(await card.getByRole('link', { name: RESOURCE.title, exact: true }).getAttribute('href')).toBe(RESOURCE.url);
        await card.getByText('Tags: care planning, toolkit').waitFor();
        await checkAccessibility(page, 'resources library for an editor');
        await card.getByRole('link', { name: `Edit “${RESOURCE.title}”` }).click();
        await expectHeading(page, `Edit “${RESOURCE.title}”`);
        await page.getByRole('button', { name: 'Archive this resource' }).click();
        await page.getByRole('button', { name: 'Yes, archive it' }).waitFor();
        await checkAccessibility(page, 'archiving a resource');
        await page.getByRole('button', { name: 'Yes, archive it' }).click();
        await page.getByText(`“${RESOURCE.title}” has been archived`).waitFor();

        await page.getByLabel('Words').fill('journey resource templates');
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await page.getByText('Nothing in the library matches this search.').waitFor();
        await page.getByRole('link', { name: 'Show archived resources' }).click();
        const archived = page.getByRole('listitem').filter({ hasText: RESOURCE.title });
        await archived.getByText('Archived', { exact: true }).waitFor();
      });

      expect(problems).toEqual([]);
    },
    JOURNEY_TIMEOUT_MS * 2,
  );
});
