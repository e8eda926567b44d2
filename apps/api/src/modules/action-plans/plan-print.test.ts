import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionPlanDetail, type ActionPlanFormInput } from '@inddrag/contracts';
import { readPdf } from '../../lib/pdf/pdf-testing';
import { createCaseInAssessment, demoIds, type DemoIds } from '../../testing/demo-case';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { planDocument } from './plan-document';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let camilla: TestSession;
const now = new Date('2026-11-24T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  ids = await demoIds(t.prisma);
  raadgiver = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  camilla = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
});
afterAll(async () => t?.close());

let counter = 0;
async function planOnNewCase() {
  counter += 1;
  const caseId = await createCaseInAssessment(t.prisma, ids, {
    prefix: 'PRINT',
    number: counter,
    now,
    team: [{ userId: ids.ali, role: 'EXECUTOR' }],
  });
  const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { childCpr: true } });
  const body: ActionPlanFormInput = {
    type: 'BARNETS_PLAN',
    legalBasis: 'Barnets lov § 91, stk. 1',
    purpose: 'At Emma trives i skolen og derhjemme',
    expectedDuration: '6 måneder',
    networkSection: 'Mormor er Emmas faste voksne efter skole.',
    familySupport: 'Familiebehandling hver uge.',
    goals: [
      {
        area: 'SCHOOL',
        goal: 'Emma kommer i skole hver dag',
        childWords: 'Jeg vil gerne i skole, når jeg har sovet',
        parentsView: 'Mor er enig',
        indicators: 'Fravær under 5 %',
        reviewOn: '2027-02-01',
        tasks: [
          {
            assignee: 'PROFESSIONAL',
            userId: ids.ali,
            who: 'Ali Demir',
            what: 'Familiebehandling hver uge',
            dueOn: '2027-05-01',
            status: 'IN_PROGRESS',
          },
        ],
      },
      { area: 'LEISURE', goal: 'Emma går til fodbold', childWords: 'Jeg vil spille med Sara' },
    ],
    networkTasks: [{ assignee: 'UNIT', unitId: ids.familiecenter, who: 'FamilieCentret', what: 'Forældrekursus' }],
  };
  const response = await raadgiver.inject({ method: 'POST', url: `/api/cases/${caseId}/action-plans`, payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return { caseId, cpr: kase.childCpr, plan: ActionPlanDetail.parse(response.json()) };
}

describe('the plan for the family', () => {
  it('maps to a printable document in plain Danish with the goals, the child’s words and the tasks as a table, never the CPR', async () => {
    const { cpr, plan } = await planOnNewCase();
    const document = planDocument(plan, 'Horsens Kommune');
    expect(document.title).toBe('Barnets plan for Emma');
    const text = JSON.stringify(document);
    expect(cpr).toBeTruthy();
    expect(text).not.toContain(cpr!);
    expect(text).not.toContain(cpr!.slice(0, 6));
    expect(text).toContain('Mål 1: Skole/dagtilbud');
    expect(text).toContain('Mål 2: Fritid og venskaber');
    expect(text).toContain('Jeg vil gerne i skole, når jeg har sovet');
    const tables = document.blocks.filter((block) => block.kind === 'table');
    expect(tables).toEqual([
      {
        kind: 'table',
        caption: 'Opgaver til mål 1',
        head: ['Hvem', 'Hvad', 'Hvornår', 'Status'],
        rows: [['Ali Demir', 'Familiebehandling hver uge', '1.5.2027', 'I gang']],
      },
      {
        kind: 'table',
        caption: 'Netværkets opgaver',
        head: ['Hvem', 'Hvad', 'Hvornår', 'Status'],
        rows: [['FamilieCentret', 'Forældrekursus', '–', 'Planlagt']],
      },
    ]);
    expect(document.blocks).toContainEqual({ kind: 'heading', text: 'Netværket' });
    expect(document.blocks[0]).toMatchObject({
      kind: 'facts',
      rows: expect.arrayContaining([{ label: 'Næste opfølgning', value: '–' }]),
    });
    // No English enum names leak into the family's copy.
    expect(text).not.toMatch(/SCHOOL|LEISURE|IN_PROGRESS|PLANNED|BARNETS_PLAN/);
  });

  it('answers the PDF with the goals, audited as a PDF read; others on no team get 404', async () => {
    const { caseId, cpr, plan } = await planOnNewCase();
    const url = `/api/cases/${caseId}/action-plans/${plan.id}/plan.pdf`;
    const response = await raadgiver.inject({ method: 'GET', url });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain('barnets-plan-v1-2026-11-24.pdf');
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.text).toContain('Barnets plan for Emma');
    expect(pdf.text).toContain('Emma kommer i skole hver dag');
    expect(pdf.text).toContain('Emma går til fodbold');
    expect(pdf.text).toContain('Familiebehandling hver uge');
    expect(pdf.text.replace(/\s/g, '')).not.toContain(cpr!);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'ActionPlan', entityId: plan.id, action: 'READ' },
      orderBy: { seq: 'desc' },
    });
    expect(audit.details).toEqual({ format: 'pdf' });

    const outsider = await camilla.inject({ method: 'GET', url });
    expect(outsider.statusCode).toBe(404);
  });
});
