import { createBrowserRouter, RouterProvider } from 'react-router';

import { createAppRoutes } from './app-routes';

const router = createBrowserRouter(createAppRoutes());

export function AppRouter() {
  return <RouterProvider router={router} />;
}
