-- title: Remove ended sessions
-- description: Deletes the sessions idle since before $idle_since or expired at $now.
-- params: $idle_since TIMESTAMP, $now TIMESTAMP
-- grain: one row per session deleted
-- columns: username

delete from user_sessions where last_used < $idle_since or expires_at <= $now returning username
