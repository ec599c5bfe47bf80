-- Sign-in sessions: one row per signed-in browser. The browser holds a random token in an
-- HttpOnly, SameSite=Strict cookie; the store keeps only its SHA-256, so a copy of the store
-- signs no one in. A session ends when idle for longer than the limit (last_used), at its
-- absolute expiry, or when its user signs out, is disabled or gets a new password (every
-- session of that user is deleted). See dashboard/access/sessions.py.
create table if not exists user_sessions (
    token_sha256 varchar primary key,
    username     varchar not null,
    created_at   timestamp not null,
    last_used    timestamp not null,
    expires_at   timestamp not null
);
