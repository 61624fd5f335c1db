// A RuleBuilder holding its own draft, for tests and stories: it starts from `initial` and reports every edit.
import { useState } from 'react';
import type { RuleDraft } from '../draft';
import { RuleBuilder, type RuleBuilderProps } from '../RuleBuilder';

/** Props of {@link BuilderHost}: the builder's, with the first draft and an edit listener instead of value/onChange. */
export type BuilderHostProps = Omit<RuleBuilderProps, 'value' | 'onChange'> & {
  initial: RuleDraft;
  onDraft?: (d: RuleDraft) => void;
};

/** A controlled RuleBuilder whose draft lives in this component's state. */
export function BuilderHost(props: BuilderHostProps) {
  const [draft, setDraft] = useState(props.initial);
  return (
    <RuleBuilder
      {...props}
      value={draft}
      onChange={(d) => {
        setDraft(d);
        props.onDraft?.(d);
      }}
    />
  );
}
