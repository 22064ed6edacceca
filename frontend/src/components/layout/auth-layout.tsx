import type { ReactNode } from 'react';

import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';

import { Logo } from './logo';
import { PageTitle } from './page-title';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

interface AuthLayoutProps {
  title: string;
  description: string;
  footer: ReactNode;
  children: ReactNode;
}

/** A centred card for the sign-in and sign-up pages. */
export function AuthLayout({ title, description, footer, children }: AuthLayoutProps) {
  return (
    <div className="flex min-h-dvh flex-col bg-neutral-50">
      <PageTitle title={title} />
      <SkipLink />
      <header className="px-4 py-6 sm:px-6">
        <Logo />
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pb-16 focus:outline-none sm:pt-8"
      >
        <Card className="w-full max-w-md">
          <CardHeader>
            <CardTitle>{title}</CardTitle>
            <CardDescription>{description}</CardDescription>
          </CardHeader>
          <CardContent>{children}</CardContent>
          <CardFooter className="justify-center text-sm text-neutral-600">{footer}</CardFooter>
        </Card>
      </main>
    </div>
  );
}
