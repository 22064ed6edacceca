/**
 * A strong candidate's typed answer: a STAR story, then what they know about the backend topics a
 * backend interview asks about. Long on purpose: the built-in evaluator finds key points sentence by
 * sentence, so whichever questions the interview picks, some words are quoted as evidence.
 */
export const DETAILED_ANSWER = [
  'Situation: at my last company our Python backend API was slow and deploys failed every week, which hurt customers and the business.',
  'Task: as the engineer who owned the service, I was responsible for making it reliable, secure and fast within one quarter, with clear goals and success metrics agreed with stakeholders.',
  'Action: first I measured latency, error rate and throughput with tracing, logs and dashboards, so every decision was based on data rather than guesses.',
  'I profiled the slowest SQL queries in PostgreSQL, read the query plans, added the right indexes, removed N+1 queries and used transactions and connection pooling correctly.',
  'I added a Redis cache with sensible expiry and invalidation, and moved slow work to a background queue with retries, idempotency keys and a dead-letter queue.',
  'I designed the REST API with versioning, pagination, validation, consistent error responses, authentication, authorization and rate limits, and documented it with OpenAPI.',
  'I wrote unit, integration and end-to-end tests, ran them in CI/CD on every pull request, and used code reviews, feature flags and canary releases to roll out changes safely with a rollback plan.',
  'I containerised the services with Docker, deployed them on Kubernetes with health checks, autoscaling and resource limits, and kept secrets out of the code.',
  'I set up monitoring and alerts on the key metrics, wrote runbooks, and after each incident we ran a blameless post-mortem to find the root cause and fix it.',
  'I explained the trade-offs, costs, risks and alternatives to my manager and the team, gave concrete examples, asked clarifying questions, and kept everyone updated on progress.',
  'I paired with two teammates, shared knowledge through documentation, and gave and received feedback in reviews.',
  'Result: p95 latency dropped from 900 ms to 200 ms, failed deploys went from weekly to once a quarter, costs fell by 20 percent and customer complaints fell by 40 percent.',
  'I learned to measure first, communicate early, test before changing things and automate what repeats, and I would do the same on my next team.',
  'When I found a design flaw two weeks before a committed launch, I quantified its impact and cost, separated the launch risk from long-term maintainability, proposed options such as shipping with a contained workaround or fixing first, brought the trade-off to the product owner, and recorded the debt with a scheduled fix.',
  'To evolve a public REST API without breaking clients I prefer additive, backward-compatible changes such as new optional fields and endpoints, use explicit versioning for breaking changes like removed or renamed fields, deprecate with notice and Sunset headers, and run contract tests and OpenAPI diffs.',
  'For pagination over millions of records I compare offset pagination with cursor (keyset) pagination, because deep offsets get slow and can skip or duplicate items, so I use a stable unique sort key such as created_at and id, return an opaque next cursor, cap the page size and add the index that supports the sort.',
  'In Go, interfaces are satisfied implicitly, small interfaces like io.Reader are idiomatic, consumer-side interfaces decouple packages and make testing with fakes easy, and I accept interfaces and return concrete types while watching for the typed nil pitfall.',
  'When I dropped the ball on a release note, I admitted the mistake promptly without excuses, informed the people affected, fixed the immediate problem, changed my checklist so it does not recur, and rebuilt trust.',
  'On a service dashboard I put the four golden signals, latency, traffic, errors and saturation, with latency percentiles p50, p95 and p99, a breakdown by endpoint and status code, dependency health, deploy markers, and user-facing SLOs at the top.',
  'In FastAPI, Depends declares dependencies resolved per request, which I use for database sessions, authentication, the current user and pagination, with yield dependencies for setup and teardown, cached sub-dependencies, and app.dependency_overrides in tests.',
  'An async def path operation runs on the event loop and must not block, a plain def runs in a thread pool so blocking libraries are safe, I use async libraries such as httpx and async database drivers, and I move occasional blocking work to run_in_threadpool or asyncio.to_thread.',
  'The GIL allows one thread to execute Python bytecode at a time, threads still help for I/O-bound work because the GIL is released while waiting, multiprocessing or ProcessPoolExecutor handles CPU-bound work, asyncio handles high-concurrency I/O, and C extensions such as NumPy release the GIL.',
  'Asyncio runs a single-threaded event loop that schedules coroutines cooperatively, await yields control at I/O points, a blocking call such as time.sleep freezes the whole loop, and I fix it with async libraries or run_in_executor and use asyncio.gather, TaskGroup and timeouts.',
  "When an endpoint leaked other customers' data by changing an ID, I treated it as a critical access control vulnerability, escalated to the team lead and security immediately, checked the logs for exploitation, fixed it with an ownership check and tests before launch, and looked for the same pattern elsewhere.",
  'When someone I managed was underperforming, I addressed it early and privately, understood the root causes, set clear expectations with a written plan and timeline, gave support in regular check-ins, and followed through on the outcome.',
  'When I had to deliver bad news to a customer, I delivered it promptly and directly, explained the cause honestly, took responsibility, showed empathy, came with a plan and options, and followed up as promised.',
  'My proposal to my manager described the audience and the decision at stake, put the conclusion first, supported it with evidence, anticipated objections, stayed concise, and the decision changed.',
].join(' ');
