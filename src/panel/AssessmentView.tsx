import { Behaviour } from './Behaviour';
import { Response } from './Response';
import { TierBadge } from './TierBadge';

/** What the rules decided: the tier, the behaviour with its evidence, then the response. Drawn once an assessment exists. */
export function AssessmentView() {
  return (
    <>
      <TierBadge />
      <Behaviour />
      <Response />
    </>
  );
}
