import { parseRuleInput } from '../schema/parseRuleInput';
import { actionSchema } from '../schema/ruleSchema';
import type { Action } from '../types';

function phrase(action: Action): string {
  switch (action.type) {
    case 'updateStatus':
      return `set status to ${action.status}`;
    case 'sendEmail':
      return `send email "${action.template}"`;
    case 'sendSms':
      return `send SMS "${action.template}"`;
    case 'createTask':
      return `create task "${action.title}"${action.dueInHours === undefined ? '' : ` due in ${action.dueInHours} hours`}${action.assignee === undefined ? '' : ` for ${action.assignee}`}`;
    case 'assign':
      return `assign to ${action.to}`;
    case 'addTag':
      return `add tag "${action.tag}"`;
    case 'notify':
      return `notify ${action.to ?? 'the owner'}: "${action.message}"`;
    case 'enrollCampaign':
      return `enroll in campaign "${action.campaign}"`;
    case 'createQuote':
      return `create a quote${action.template === undefined ? '' : ` from "${action.template}"`}`;
    case 'createInvoice':
      return `create an invoice${action.template === undefined ? '' : ` from "${action.template}"`}`;
    case 'setPriority':
      return `set priority to ${action.priority}`;
  }
}

/**
 * One action in plain words, the phrase every list of actions uses (the rule list, a rule's
 * sentence from `describeRule`, a preview's action counts): `send email "Welcome Email"`,
 * `set status to Nurturing`, `create task "Call" due in 4 hours for amina`.
 *
 * @throws HotleadsError `INVALID_RULE` for a value that is not an action.
 * @example describeAction({ type: 'sendEmail', template: 'Welcome Email' }) // 'send email "Welcome Email"'
 */
export function describeAction(action: Action): string {
  return phrase(parseRuleInput(actionSchema, action, 'action'));
}
