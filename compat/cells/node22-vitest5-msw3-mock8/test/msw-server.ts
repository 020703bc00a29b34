// msw 3 renamed `onUnhandledRequest` to `onUnhandledFrame`.
import { setupServer } from 'msw/node';

const msw = setupServer();

export const server = {
  listen: (): void => msw.listen({ onUnhandledFrame: 'error' }),
  use: msw.use.bind(msw),
  resetHandlers: (): void => msw.resetHandlers(),
  close: (): void => msw.close(),
};
