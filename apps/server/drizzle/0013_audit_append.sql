-- Appends audit events to the hash chain in one round trip: takes the chain's lock, reads the last
-- link in a fresh snapshot (each statement of a PL/pgSQL function gets one under READ COMMITTED, so
-- the previous holder's committed row is seen) and inserts the events with their hashes. The
-- caller sends each event with its canonical content without the sequence number (`tail`: the
-- JSON array text after "[seq,"), so the hash is exactly the one `chainHash` computes and verifies:
-- sha256(prev_hash || '\n' || '[' || seq || ',' || tail). The lock is held until the caller's
-- transaction ends, as before; only the round trips inside it are gone.
CREATE OR REPLACE FUNCTION audit_append(events jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  e jsonb;
  h text;
BEGIN
  PERFORM pg_advisory_xact_lock(727275);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  last_seq := coalesce(last_seq, 0);
  last_hash := coalesce(last_hash, repeat('0', 64));
  FOR i IN 1 .. jsonb_array_length(events) LOOP
    e := events -> (i - 1);
    last_seq := last_seq + 1;
    h := encode(sha256(convert_to(last_hash || E'\n' || '[' || last_seq::text || ',' || (e->>'tail'), 'UTF8')), 'hex');
    INSERT INTO audit_events (seq, at, actor_id, actor_name, actor_role, action, outcome, resource_type, resource_id, client_id, reason, request_id, ip, basis, actor_organization, register, prev_hash, hash)
    VALUES (last_seq, (e->>'at')::timestamptz, (e->>'actorId')::uuid, e->>'actorName', e->>'actorRole', e->>'action', e->>'outcome', e->>'resourceType', e->>'resourceId',
            (e->>'clientId')::uuid, e->>'reason', e->>'requestId', e->>'ip', e->>'basis', e->>'actorOrganization', e->>'register', last_hash, h);
    last_hash := h;
  END LOOP;
END;
$$;
