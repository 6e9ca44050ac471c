import { DASHBOARD_ROLES, type Dashboard, type DashboardRole, type DashboardSection, ukToday } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import type { SupervisionInterval } from '../supervision/supervision-status.ts';
import type { TaskDuePolicy } from '../tasks/task-due-rules.ts';
import { adminSection } from './admin-section.ts';
import { commissionerSection } from './commissioner-section.ts';
import { linkWorkerSection } from './link-worker-section.ts';
import { pcnManagerSection } from './pcn-manager-section.ts';
import { providerSection } from './provider-section.ts';
import { referrerSection } from './referrer-section.ts';
import { supervisorSection } from './supervisor-section.ts';

export interface DashboardOptions {
  /** The supervision due/overdue interval (configuration), as the supervision overview uses. */
  supervision: SupervisionInterval;
  /** The task due rules (configuration), as the task list uses. */
  taskPolicy?: TaskDuePolicy;
  /** The moment the dashboard is for (tests). */
  now?: Date;
}

/**
 * The signed-in user's home page: one section per role they hold (through any membership), in
 * {@link DASHBOARD_ROLES} order. Each section asks `scopeFor` with the permission its full list
 * uses, so a widget never counts what the list behind its "See all" link would not show. The
 * sections run one after another: PGlite takes one query at a time, and so does one connection.
 */
export async function dashboardFor(db: DbOrTx, ctx: RequestContext, options: DashboardOptions): Promise<Dashboard> {
  const actor = requireActor(ctx);
  const now = options.now ?? new Date();
  const today = ukToday(now);
  const held = new Set(actor.memberships.map((membership) => membership.role));
  const sections: DashboardSection[] = [];
  for (const role of DASHBOARD_ROLES.filter((r) => held.has(r))) {
    sections.push(
      await sectionFor(db, ctx, role, { now, today, supervision: options.supervision, taskPolicy: options.taskPolicy }),
    );
  }
  await recordAudit(db, ctx, { action: 'read', recordType: 'dashboard', detail: { sections: sections.map((s) => s.role) } });
  return { today, generatedAt: now.toISOString(), sections };
}

function sectionFor(
  db: DbOrTx,
  ctx: RequestContext,
  role: DashboardRole,
  options: { now: Date; today: string; supervision: SupervisionInterval; taskPolicy?: TaskDuePolicy },
): Promise<DashboardSection> {
  switch (role) {
    case 'link_worker':
      return linkWorkerSection(db, ctx, options);
    case 'supervisor':
      return supervisorSection(db, ctx, options);
    case 'vcse_provider':
      return providerSection(db, ctx, options.now);
    case 'referrer':
      return referrerSection(db, ctx);
    case 'pcn_manager':
      return pcnManagerSection(db, ctx, options.today);
    case 'commissioner':
      return commissionerSection(db, ctx, options.now);
    case 'admin':
      return adminSection(db, ctx);
  }
}
