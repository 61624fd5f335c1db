import { describe, expect, it } from 'vitest';
import { ruleTemplates } from '../templates/ruleTemplates';
import { ACTION_CATEGORIES, ACTION_CATEGORY } from './actionCategories';

describe('ACTION_CATEGORY', () => {
  it('puts every action type in one known category, and uses every category', () => {
    // (the map is `satisfies Record<ActionType, ActionCategory>`, so a new action type must be added to it)
    for (const [type, category] of Object.entries(ACTION_CATEGORY)) expect(ACTION_CATEGORIES, type).toContain(category);
    expect(new Set(Object.values(ACTION_CATEGORY))).toEqual(new Set(ACTION_CATEGORIES));
    expect(ACTION_CATEGORY.updateStatus).toBe('groupChange');
    expect(ACTION_CATEGORY.sendSms).toBe('communication');
    expect(Object.isFrozen(ACTION_CATEGORY)).toBe(true);
  });

  it("covers every template's actions", () => {
    for (const a of ruleTemplates.flatMap((t) => t.actions)) expect(ACTION_CATEGORY[a.type], a.type).toBeDefined();
  });
});
