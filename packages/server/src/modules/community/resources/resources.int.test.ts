import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../../../test/tenant-test-data.ts';
import { DEMO_RESOURCES, loadDemoCommunity } from '../community-demo.ts';
import { type CommunityTestData, communityTestData } from '../community-test-data.ts';

describe('community resources library', () => {
  let kit: CommunityTestData;
  const app = () => kit.app;

  beforeAll(async () => {
    kit = await communityTestData();
  });
  afterAll(() => kit.app.close());

  const unique = () => crypto.randomUUID().slice(0, 8);
  const create = (payload: Record<string, unknown>, headers = kit.editor.writeHeaders) =>
    app().inject({ method: 'POST', url: '/api/community/resources', headers, payload });
  const search = async (query: string, cookie?: string) => {
    const response = await app().inject({
      method: 'GET',
      url: `/api/community/resources?${query}`,
      ...(cookie ? { headers: { cookie } } : {}),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('editors add resources; members get 403 and visitors 401', async () => {
    const payload = {
      title: 'Welcome call script',
      kind: 'toolkit',
      category: `Practice ${unique()}`,
      url: 'https://example.org/welcome',
      tags: ['Calls', 'calls'],
    };
    const created = await create(payload);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: 'Welcome call script', tags: ['calls'], archived: false, summary: '' });
    const member = await kit.newMember();
    expect((await create(payload, member.writeHeaders)).statusCode).toBe(403);
    expect((await app().inject({ method: 'POST', url: '/api/community/resources', payload })).statusCode).toBe(401);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'not a url',
    '//example.org/x',
  ])('refuses the web address %s naming url', async (url) => {
    const response = await create({ title: 'Bad', kind: 'link', category: 'X', url });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('url');
  });

  it('search: every word must match the title, summary or tags; filter by category and kind; paged by title', async () => {
    const category = `Cat ${unique()}`;
    const token = unique();
    const add = async (title: string, kind: string, summary: string, tags: string[]) => {
      const response = await create({ title, kind, category, summary, url: 'https://example.org/r', tags });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const checklist = await add(`Implementation checklist ${token}`, 'checklist', 'Steps for a PCN', ['pcn']);
    const guide = await add(`Outcomes guide ${token}`, 'guide', 'Measuring impact', ['outcomes', `tag${token}`]);
    const toolkit = await add(`Care planning toolkit ${token}`, 'toolkit', 'Templates and 100% practical_tips', ['planning']);

    const ids = async (query: string) => (await search(query)).items.map((r: { id: string }) => r.id);
    expect(await ids(`q=${token}`)).toEqual([toolkit, checklist, guide]);
    expect(await ids(`q=CHECK ${token}`)).toEqual([checklist]);
    expect(await ids(`q=${encodeURIComponent(`impact ${token}`)}`)).toEqual([guide]);
    expect(await ids(`q=tag${token}`)).toEqual([guide]);
    expect(await ids(`q=${encodeURIComponent(`100% ${token}`)}`)).toEqual([toolkit]);
    // LIKE wildcards in the search are taken literally.
    expect(await ids(`q=${encodeURIComponent(`%_ ${token}`)}`)).toEqual([]);
    expect(await ids(`category=${encodeURIComponent(category)}&kind=guide`)).toEqual([guide]);
    const paged = await search(`category=${encodeURIComponent(category)}&pageSize=2&page=2`);
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((r: { id: string }) => r.id)).toEqual([guide]);

    const categories = (await app().inject({ method: 'GET', url: '/api/community/resources/categories' })).json();
    expect(categories.items).toContainEqual({ category, count: 3 });
  });

  it('archived resources are hidden from readers (404), listed for editors who ask, and can be restored', async () => {
    const category = `Archive ${unique()}`;
    const id = (await create({ title: 'Old leaflet', kind: 'guide', category, url: 'https://example.org/old' })).json()
      .id as string;
    const archived = await app().inject({
      method: 'POST',
      url: `/api/community/resources/${id}/archive`,
      headers: kit.editor.writeHeaders,
    });
    expect(archived.json().archived).toBe(true);
    expect((await search(`category=${encodeURIComponent(category)}`)).items).toEqual([]);
    expect((await app().inject({ method: 'GET', url: `/api/community/resources/${id}` })).statusCode).toBe(404);
    const member = await kit.newMember();
    expect((await search(`category=${encodeURIComponent(category)}&includeArchived=true`, member.cookie)).items).toEqual([]);
    expect(
      (await search(`category=${encodeURIComponent(category)}&includeArchived=true`, kit.editor.cookie)).items.map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual([id]);
    const categories = (await app().inject({ method: 'GET', url: '/api/community/resources/categories' })).json();
    expect(categories.items.map((c: { category: string }) => c.category)).not.toContain(category);

    await app().inject({ method: 'POST', url: `/api/community/resources/${id}/restore`, headers: kit.editor.writeHeaders });
    expect((await search(`category=${encodeURIComponent(category)}`)).total).toBe(1);
  });

  it('editors edit a resource; only the fields sent change, and the URL rule still holds', async () => {
    const id = (await create({ title: 'Draft title', kind: 'link', category: 'Edits', url: 'https://example.org/a' })).json()
      .id as string;
    const patch = (payload: Record<string, unknown>) =>
      app().inject({ method: 'PATCH', url: `/api/community/resources/${id}`, headers: kit.editor.writeHeaders, payload });
    const edited = await patch({ title: 'Final title' });
    expect(edited.json()).toMatchObject({ title: 'Final title', url: 'https://example.org/a', kind: 'link' });
    const bad = await patch({ url: 'javascript:alert(1)' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('url');
  });

  it('the demo loader adds the example resources once, and upcoming events with link workers invited', async () => {
    const db = app().kith.database.db;
    const editorUser = await createTestUser(db, [{ organisationId: kit.tenant.icb, role: 'admin' }]);
    await loadDemoCommunity(db, { editorEmail: editorUser.email, publicUrl: 'https://kith.example.org' });
    await loadDemoCommunity(db, { editorEmail: editorUser.email, publicUrl: 'https://kith.example.org' });
    const library = await search('q=social prescribing&pageSize=200');
    const summaryGuides = library.items.filter((r: { title: string }) => r.title === 'Social prescribing: summary guide');
    expect(summaryGuides).toHaveLength(1);
    for (const resource of DEMO_RESOURCES) expect(resource.url).toMatch(/^https:\/\//);
    const events = (await app().inject({ method: 'GET', url: '/api/community/events?pageSize=200' })).json();
    expect(events.items.map((e: { title: string }) => e.title)).toContain('Riverside link worker network meeting');
  });
});
