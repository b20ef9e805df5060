import { Behaviour } from './Behaviour';
import { Response } from './Response';

/** What the rules decided: the behaviour with its evidence, then the response. Drawn once an assessment exists. */
export function AssessmentView() {
  return (
    <>
      <Behaviour />
      <Response />
    </>
  );
}
