import { useIsAuthenticated } from '@/features/auth/hooks/use-is-authenticated';
import { LandingPage } from '@/features/landing/components/landing-page';

export default function LandingRoute() {
  return <LandingPage signedIn={useIsAuthenticated()} />;
}
