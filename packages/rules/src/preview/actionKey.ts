import { parseRuleInput } from '../schema/parseRuleInput';
import { actionSchema } from '../schema/ruleSchema';
import type { Action } from '../types';

/**
 * A readable key for an action, used to count actions: `sendEmail: welcome`, `updateStatus: Nurturing`.
 *
 * @throws HotleadsError `INVALID_RULE` for a value that is not an action.
 */
export function actionKey(action: Action): string {
  const a = parseRuleInput(actionSchema, action, 'action');
  return keyOf(a);
}

function keyOf(action: Action): string {
  switch (action.type) {
    case 'updateStatus':
      return `updateStatus: ${action.status}`;
    case 'sendEmail':
    case 'sendSms':
      return `${action.type}: ${action.template}`;
    case 'createTask':
      return `createTask: ${action.title}`;
    case 'assign':
      return `assign: ${action.to}`;
    case 'addTag':
      return `addTag: ${action.tag}`;
    case 'notify':
      return `notify: ${action.to ?? 'owner'}`;
    case 'enrollCampaign':
      return `enrollCampaign: ${action.campaign}`;
    case 'createQuote':
    case 'createInvoice':
      return action.template === undefined ? action.type : `${action.type}: ${action.template}`;
    case 'setPriority':
      return `setPriority: ${action.priority}`;
  }
}
