import type { components } from '@/api/schema';

import type { Job, JobDescription, Resume } from './factories';

type User = components['schemas']['UserRead'];
type TokenPair = components['schemas']['TokenPair'];

interface StoredUser extends User {
  password: string;
}

interface Owned<T> {
  owner: string;
  item: T;
}

/** An in-memory stand-in for the backend's users, sessions, resumes and jobs, reset after every test. */
function createMockDb() {
  let users = new Map<string, StoredUser>();
  let accessTokens = new Map<string, string>();
  let refreshTokens = new Map<string, string>();
  let resetTokens = new Map<string, string>();
  let resumes: Owned<Resume>[] = [];
  let jobs: Job[] = [];
  let jobDescriptions: Owned<JobDescription>[] = [];
  let counter = 0;

  function ownedBy<T>(rows: Owned<T>[], email: string): T[] {
    return rows.filter((row) => row.owner === email.toLowerCase()).map((row) => row.item);
  }

  const nextId = () => {
    counter += 1;
    return counter;
  };

  return {
    reset() {
      users = new Map();
      accessTokens = new Map();
      refreshTokens = new Map();
      resetTokens = new Map();
      resumes = [];
      jobs = [];
      jobDescriptions = [];
      counter = 0;
    },
    createUser({
      email,
      password,
      full_name,
      role = 'candidate',
    }: {
      email: string;
      password: string;
      full_name: string;
      role?: User['role'];
    }): User {
      const id = `00000000-0000-4000-8000-${String(nextId()).padStart(12, '0')}`;
      const user: StoredUser = { id, email, password, full_name, role, created_at: new Date().toISOString() };
      users.set(email.toLowerCase(), user);
      return toPublic(user);
    },
    findUser: (email: string) => users.get(email.toLowerCase()),
    listUsers: () => [...users.values()].map(toPublic),
    /** The account and its sessions, resumes and job descriptions are gone. */
    deleteUser(email: string) {
      const owner = email.toLowerCase();
      users.delete(owner);
      for (const tokens of [accessTokens, refreshTokens, resetTokens]) {
        for (const [token, holder] of tokens) if (holder === owner) tokens.delete(token);
      }
      resumes = resumes.filter((row) => row.owner !== owner);
      jobDescriptions = jobDescriptions.filter((row) => row.owner !== owner);
    },
    /** A password reset link's token for the account, as mailed. */
    issueResetToken(email: string): string {
      const token = `reset-${nextId()}`;
      resetTokens.set(token, email.toLowerCase());
      return token;
    },
    /** Each reset token works once. */
    consumeResetToken(token: string): string | undefined {
      const email = resetTokens.get(token);
      resetTokens.delete(token);
      return email;
    },
    updateUser(email: string, changes: { full_name?: string; password?: string }): User {
      const user = users.get(email.toLowerCase());
      if (!user) throw new Error(`No user ${email}`);
      Object.assign(user, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      return toPublic(user);
    },
    issueTokens(email: string): TokenPair {
      const n = nextId();
      const pair = {
        access_token: `access-${n}`,
        refresh_token: `refresh-${n}`,
        token_type: 'bearer',
        expires_in: 900,
      };
      accessTokens.set(pair.access_token, email.toLowerCase());
      refreshTokens.set(pair.refresh_token, email.toLowerCase());
      return pair;
    },
    /** The user an access token belongs to, if it is still valid. */
    userForAccessToken(token: string | null): User | undefined {
      const email = token ? accessTokens.get(token) : undefined;
      const user = email ? users.get(email) : undefined;
      return user ? toPublic(user) : undefined;
    },
    /** Each refresh token works once (rotation). */
    consumeRefreshToken(token: string): string | undefined {
      const email = refreshTokens.get(token);
      refreshTokens.delete(token);
      return email;
    },
    revokeRefreshToken: (token: string) => refreshTokens.delete(token),
    expireAccessTokens: () => accessTokens.clear(),
    revokeAllSessions() {
      accessTokens.clear();
      refreshTokens.clear();
    },

    /** Stores a resume; the owner's first one becomes the default, as on the server. */
    addResume(ownerEmail: string, resume: Resume): Resume {
      const owner = ownerEmail.toLowerCase();
      const stored = { ...resume, is_default: resume.is_default || ownedBy(resumes, owner).length === 0 };
      if (stored.is_default)
        resumes.filter((row) => row.owner === owner).forEach((row) => (row.item.is_default = false));
      resumes.push({ owner, item: stored });
      return stored;
    },
    /** Newest first. */
    listResumes: (ownerEmail: string) => ownedBy(resumes, ownerEmail).reverse(),
    findResume: (ownerEmail: string, id: string) => ownedBy(resumes, ownerEmail).find((resume) => resume.id === id),
    deleteResume(ownerEmail: string, id: string) {
      const owner = ownerEmail.toLowerCase();
      const removed = resumes.find((row) => row.owner === owner && row.item.id === id);
      resumes = resumes.filter((row) => row !== removed);
      const newest = ownedBy(resumes, owner).at(-1);
      if (removed?.item.is_default && newest) newest.is_default = true;
    },
    setDefaultResume(ownerEmail: string, id: string) {
      for (const resume of ownedBy(resumes, ownerEmail)) resume.is_default = resume.id === id;
    },

    addJobs: (...added: Job[]) => void jobs.push(...added),
    listJobs: () => jobs,
    findJob: (id: string) => jobs.find((job) => job.id === id),

    addJobDescription(ownerEmail: string, description: JobDescription) {
      jobDescriptions.push({ owner: ownerEmail.toLowerCase(), item: description });
      return description;
    },
    listJobDescriptions: (ownerEmail: string) => ownedBy(jobDescriptions, ownerEmail).reverse(),
    findJobDescription: (ownerEmail: string, id: string) =>
      ownedBy(jobDescriptions, ownerEmail).find((description) => description.id === id),
    updateJobDescription(ownerEmail: string, id: string, changes: Partial<JobDescription>) {
      const found = ownedBy(jobDescriptions, ownerEmail).find((description) => description.id === id);
      if (found) Object.assign(found, changes);
      return found;
    },
    deleteJobDescription(ownerEmail: string, id: string) {
      jobDescriptions = jobDescriptions.filter(
        (row) => !(row.owner === ownerEmail.toLowerCase() && row.item.id === id),
      );
    },
  };
}

function toPublic({ password: _password, ...user }: StoredUser): User {
  return user;
}

export const db = createMockDb();
