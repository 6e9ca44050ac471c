import os from 'node:os';
import { roundTo } from './statistics.ts';

/** The machine a report was measured on: context for the absolute figures. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  totalMemoryMb: number;
  loadAverage1m: number;
  platform: string;
  arch: string;
  node: string;
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    loadAverage1m: roundTo(os.loadavg()[0] ?? 0, 2),
    platform: os.platform(),
    arch: os.arch(),
    node: process.version,
  };
}
