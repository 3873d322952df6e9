/**
 * The what-if report: the same shared engine the API runs, re-run in the browser on the plan without
 * the lines left out. The engine loads the first time a line is left out, so reading the server's
 * report never waits for it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { evaluate as Evaluate } from '../../../../../shared/eligibility/evaluate';
import type { EligibilityReport } from '../../../../../shared/eligibility/report';
import type { useApplicationDraft } from '../api/eligibility';

/** The draft carries the call version, plan and company its report was worked out from. */
type WhatIfInputs = NonNullable<ReturnType<typeof useApplicationDraft>['data']>;

export function useWhatIfReport(
  inputs: WhatIfInputs | undefined,
  excluded: ReadonlySet<string>,
): EligibilityReport | undefined {
  const [evaluate, setEvaluate] = useState<typeof Evaluate>();
  const wanted = excluded.size > 0;
  useEffect(() => {
    if (!wanted || evaluate) return;
    let current = true;
    void import('../../../../../shared/eligibility/evaluate').then((engine) => {
      if (current) setEvaluate(() => engine.evaluate);
    });
    return () => {
      current = false;
    };
  }, [wanted, evaluate]);

  return useMemo(() => {
    if (!evaluate || !inputs || !wanted) return undefined;
    const plan = { ...inputs.plan, lines: inputs.plan.lines.filter((l) => !excluded.has(l.id)) };
    const call = { id: inputs.callId, version: inputs.callVersion, rules: inputs.rules };
    // The server's day, not the device's: the same day makes the same verdicts, except for the lines left out.
    return evaluate({ call, plan, company: inputs.company, on: inputs.report.evaluatedOn });
  }, [evaluate, inputs, excluded, wanted]);
}
