import { act } from '@testing-library/react';

/**
 * The behaviour and the response load after first paint (src/panel/App.tsx): a test waits for their code as the
 * agent's browser does, then sees the panel drawn.
 */
export async function drawn(): Promise<void> {
  await act(async () => {
    await import('../../src/panel/AssessmentView');
  });
}
