// msw 2 names the unhandled-request strategy `onUnhandledRequest`.
import { setupServer } from 'msw/node';

const msw = setupServer();

export const server = {
  listen: (): void => msw.listen({ onUnhandledRequest: 'error' }),
  use: msw.use.bind(msw),
  resetHandlers: (): void => msw.resetHandlers(),
  close: (): void => msw.close(),
};
