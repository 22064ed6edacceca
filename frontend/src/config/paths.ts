export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  app: {
    dashboard: '/app',
  },
} as const;
