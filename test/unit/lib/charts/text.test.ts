import { describe, expect, it } from 'vitest';
import { TYPE } from '../../../../src/lib/charts/frame';
import { textWidth, wrapText } from '../../../../src/lib/charts/text';

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than the room, keeping every word in order', () => {
    const text = 'Computer and information systems managers (SOC 11-3021)';
    const lines = wrapText(text, TYPE.label, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, TYPE.label)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });
  it('gives an over-long single word a line of its own rather than dropping it', () => {
    expect(wrapText('a Supercalifragilisticexpialidocious b', 14, 60)).toEqual(['a', 'Supercalifragilisticexpialidocious', 'b']);
  });
});

describe('wrapText and textWidth for titles set in bold (ladder rungs)', () => {
  it('wraps greedily at the estimated width and keeps long words whole', () => {
    expect(wrapText('Senior technical program manager', 13, 130)).toEqual(['Senior technical', 'program manager']);
    expect(wrapText('Senior technical program manager', 13, 1000)).toEqual(['Senior technical program manager']);
    expect(wrapText('Supercalifragilistic', 13, 20)).toEqual(['Supercalifragilistic']);
    expect(wrapText('  ', 13, 100)).toEqual([]);
  });
  it('treats bold text as wider, so a bold title wraps where plain text would not', () => {
    expect(textWidth('manager', 13, { bold: true })).toBeGreaterThan(textWidth('manager', 13));
    const width = textWidth('Senior technical', 13) + 1;
    expect(wrapText('Senior technical', 13, width)).toEqual(['Senior technical']);
    expect(wrapText('Senior technical', 13, width, { bold: true })).toEqual(['Senior', 'technical']);
  });
});
