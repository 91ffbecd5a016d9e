import { describe, expect, it } from 'vitest';
import { chipHelp } from '../../../../extension/background/help-for-chip.ts';
import { CRISIS_HELP, linesOfKind } from '../../../../shared/content/crisis-lines.ts';

describe('chipHelp', () => {
  it('gives crisis lines and the emergency number for the country, as tap targets', () => {
    const help = chipHelp('crisis', 'US');
    expect(help).toMatchObject({ need: 'crisis', inCountry: 'the United States', emergency: { label: 'Call 911', href: 'tel:911' } });
    expect(help.lines.length).toBeGreaterThan(0);
    expect(help.lines.flatMap((l) => l.contacts.map((c) => c.href))).toContain('tel:988');
    for (const line of help.lines) for (const c of line.contacts) expect(c.href).toMatch(/^(?:tel|sms):/);
  });

  it('gives every country we list its own crisis lines and emergency number', () => {
    for (const country of CRISIS_HELP) {
      const help = chipHelp('crisis', country.code);
      expect(help.emergency?.href).toBe(country.emergencyHref);
      expect(help.lines.map((l) => l.name)).toEqual(linesOfKind(country, ['crisis']).map((l) => l.name));
    }
  });

  it('gives safety the domestic-violence lines when the country has them, and always the emergency number', () => {
    for (const country of CRISIS_HELP) {
      const help = chipHelp('safety', country.code);
      expect(help.emergency?.href).toBe(country.emergencyHref);
      // Never a suicide line for a safety finding: the lines are the violence ones, or none yet.
      expect(help.lines.map((l) => l.name)).toEqual(linesOfKind(country, ['violence']).map((l) => l.name));
    }
  });

  it('falls back to the local emergency number (no lines, no number) when the country is not known', () => {
    expect(chipHelp('crisis', undefined)).toEqual({ need: 'crisis', inCountry: null, emergency: null, lines: [] });
    expect(chipHelp('safety', 'ZZ')).toEqual({ need: 'safety', inCountry: null, emergency: null, lines: [] });
  });

  it('carries only names, hours, labels and links: help data, nothing else', () => {
    const help = chipHelp('crisis', 'GB');
    for (const line of help.lines) {
      expect(Object.keys(line).sort()).toEqual(['contacts', 'hours', 'name']);
      for (const c of line.contacts) expect(Object.keys(c).sort()).toEqual(['href', 'label']);
    }
  });
});
