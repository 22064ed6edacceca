export function DashboardHeader({ fullName }: { fullName: string }) {
  return (
    <div className="mb-8">
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900 sm:text-3xl">Welcome, {fullName}</h1>
      <p className="mt-1 text-neutral-600">Practise the interview before it counts.</p>
    </div>
  );
}
