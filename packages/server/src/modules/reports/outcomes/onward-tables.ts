import { CAPACITY_STATUS_LABELS, percentage, type ReportCell, type ReportColumn, type ReportTable, roundTo } from '@kith/shared';
import type { OnwardFlow, OnwardGroup, PartnerCapacity, ServiceAtCapacity } from './onward-repository.ts';

/** Tables of the "impact on community groups" section. */

const NO_ONWARD = 'No onward referrals were sent in this period.';

const FLOW_COLUMNS: ReportColumn[] = [
  { key: 'sent', label: 'Sent', kind: 'count' },
  { key: 'accepted', label: 'Accepted', kind: 'count' },
  { key: 'rejected', label: 'Not accepted', kind: 'count' },
  { key: 'responded', label: 'Answered', kind: 'count' },
  { key: 'acceptanceRate', label: 'Acceptance rate (%)', kind: 'rate', numerator: 'accepted', denominator: 'responded' },
  { key: 'started', label: 'Started', kind: 'count' },
  {
    key: 'medianDaysToStart',
    label: 'Median days to start',
    kind: 'statistic',
    sampleSize: 'started',
    decimals: 1,
    unit: 'days',
  },
];

function flowCells(flow: OnwardFlow): Record<string, ReportCell> {
  const responded = flow.accepted + flow.rejected;
  return {
    sent: flow.sent,
    accepted: flow.accepted,
    rejected: flow.rejected,
    responded,
    acceptanceRate: percentage(flow.accepted, responded),
    started: flow.started,
    medianDaysToStart: flow.medianDaysToStart === null ? null : roundTo(flow.medianDaysToStart, 1),
  };
}

export function onwardByServiceTable(groups: OnwardGroup[]): ReportTable {
  return {
    id: 'onward-by-service',
    title: 'Impact on community groups: onward referrals by service',
    description: "Onward referrals sent in the period, with the service's capacity now.",
    columns: [
      { key: 'service', label: 'Service', kind: 'text' },
      { key: 'provider', label: 'Organisation', kind: 'text' },
      { key: 'capacity', label: 'Capacity now', kind: 'text' },
      ...FLOW_COLUMNS,
    ],
    rows: groups
      .filter((g) => g.level === 'service')
      .map((g) => ({
        service: g.serviceName,
        provider: g.providerName,
        capacity: g.capacityStatus ? CAPACITY_STATUS_LABELS[g.capacityStatus] : null,
        ...flowCells(g),
      })),
    rankedBy: 'sent',
    emptyMessage: NO_ONWARD,
  };
}

export function onwardByProviderTable(groups: OnwardGroup[]): ReportTable {
  return {
    id: 'onward-by-organisation',
    title: 'Impact on community groups: onward referrals by provider organisation',
    columns: [{ key: 'provider', label: 'Organisation', kind: 'text' }, ...FLOW_COLUMNS],
    rows: groups.filter((g) => g.level === 'provider').map((g) => ({ provider: g.providerName, ...flowCells(g) })),
    chart: { type: 'bar', x: 'provider', series: ['sent', 'accepted'] },
    rankedBy: 'sent',
    emptyMessage: NO_ONWARD,
  };
}

export function partnerCapacityTable(partners: PartnerCapacity[]): ReportTable {
  return {
    id: 'vcse-demand-capacity',
    title: 'Impact on community groups: demand and capacity of VCSE partners',
    description:
      'Providers that received onward referrals in the period or that serve these PCNs: referrals received, and their services (not archived) and how many are on a waiting list or closed now.',
    columns: [
      { key: 'provider', label: 'Organisation', kind: 'text' },
      { key: 'received', label: 'Onward referrals received', kind: 'count' },
      { key: 'accepted', label: 'Accepted', kind: 'count' },
      { key: 'rejected', label: 'Not accepted', kind: 'count' },
      // Services are public directory entries, not people: plain numbers, never suppressed.
      { key: 'services', label: 'Services', kind: 'number', decimals: 0 },
      { key: 'servicesAtCapacity', label: 'Services at capacity', kind: 'number', decimals: 0 },
    ],
    rows: partners.map((p) => ({
      provider: p.providerName,
      received: p.received,
      accepted: p.accepted,
      rejected: p.rejected,
      services: p.services,
      servicesAtCapacity: p.servicesAtCapacity,
    })),
    chart: { type: 'bar', x: 'provider', series: ['received', 'accepted'] },
    rankedBy: 'received',
    emptyMessage: 'No VCSE partner received onward referrals in this period or is linked to these PCNs.',
  };
}

export function servicesAtCapacityTable(services: ServiceAtCapacity[]): ReportTable {
  return {
    id: 'services-at-capacity',
    title: 'Impact on community groups: services at capacity',
    description:
      "Partners' services on a waiting list or closed to referrals now, with the onward referrals sent to them in the period.",
    columns: [
      { key: 'service', label: 'Service', kind: 'text' },
      { key: 'provider', label: 'Organisation', kind: 'text' },
      { key: 'capacity', label: 'Capacity now', kind: 'text' },
      { key: 'typicalWaitDays', label: 'Typical wait', kind: 'number', decimals: 0, unit: 'days' },
      { key: 'sent', label: 'Onward referrals sent in the period', kind: 'count' },
    ],
    rows: services.map((s) => ({
      service: s.serviceName,
      provider: s.providerName,
      capacity: CAPACITY_STATUS_LABELS[s.capacityStatus],
      typicalWaitDays: s.typicalWaitDays,
      sent: s.sent,
    })),
    rankedBy: 'sent',
    emptyMessage: 'No partner service is on a waiting list or closed to referrals.',
  };
}
