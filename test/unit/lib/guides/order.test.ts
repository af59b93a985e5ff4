import { describe, expect, it } from 'vitest';
import { guideNeighbours, guideReadingOrder } from '../../../../src/lib/guides/order';

const levels: Record<string, number> = { entry: 0, coordinator: 1, manager: 2, senior: 3, director: 4 };
const levelOf = (id: string) => levels[id]!;
const guide = (id: string, roles: string[], title = id) => ({ id, title, roles });

describe('guideReadingOrder', () => {
  it('runs from the guide whose roles sit lowest to the one whose roles sit highest', () => {
    const ordered = guideReadingOrder(
      [guide('up', ['senior', 'director']), guide('start', ['entry', 'coordinator']), guide('middle', ['coordinator', 'senior'])],
      levelOf,
    );
    expect(ordered.map((g) => g.id)).toEqual(['start', 'middle', 'up']);
  });

  it('breaks ties by title and leaves its input alone', () => {
    const input = [guide('b', ['manager'], 'Beta'), guide('a', ['manager'], 'Alpha')];
    expect(guideReadingOrder(input, levelOf).map((g) => g.id)).toEqual(['a', 'b']);
    expect(input.map((g) => g.id)).toEqual(['b', 'a']);
  });
});

describe('guideNeighbours', () => {
  const ordered = [guide('one', []), guide('two', []), guide('three', [])];
  it('gives the guides either side, and nothing past either end', () => {
    expect(guideNeighbours(ordered, 'two')).toEqual({ previous: ordered[0], next: ordered[2] });
    expect(guideNeighbours(ordered, 'one').previous).toBeUndefined();
    expect(guideNeighbours(ordered, 'three').next).toBeUndefined();
  });
  it('refuses a guide that is not in the order', () => {
    expect(() => guideNeighbours(ordered, 'four')).toThrow(/no guide "four"/);
  });
});
