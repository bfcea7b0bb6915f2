-- golden file of tests/engine/test_scoring_sql.cpp
WITH segscope_features AS MATERIALIZED (
  SELECT
    "customer_id" AS id,
    -- spend
    ((LN(1.0::float8 + COALESCE(CAST("spend" AS DOUBLE PRECISION), 42.5::float8)) - 3.25::float8) / 1.5::float8) * 2.0::float8 AS f_0,
    -- visits
    ((LEAST(GREATEST(COALESCE(CAST("visits" AS DOUBLE PRECISION), 4.0::float8), 1.0::float8), 30.0::float8) - 6.0::float8) / 5.0::float8) * 1.0::float8 AS f_1,
    -- signup
    ((COALESCE((19700.0::float8 - (CAST(EXTRACT(EPOCH FROM CAST("signup" AS TIMESTAMP)) AS DOUBLE PRECISION) / 86400.0::float8)), 120.0::float8) - 150.0::float8) / 90.0::float8) * 1.0::float8 AS f_2,
    -- channel=web
    CASE WHEN "channel" IS NULL OR CAST("channel" AS TEXT) = '' THEN 1.0::float8 WHEN CAST("channel" AS TEXT) IN ('web') THEN 1.0::float8 ELSE 0.0::float8 END AS f_3,
    -- channel=other
    CASE WHEN "channel" IS NULL OR CAST("channel" AS TEXT) = '' THEN 0.0::float8 WHEN CAST("channel" AS TEXT) IN ('it''s "quoted"') THEN 1.0::float8 WHEN CAST("channel" AS TEXT) IN ('web', 'it''s "quoted"') THEN 0.0::float8 ELSE 1.0::float8 END AS f_4,
    CASE WHEN (CAST("spend" AS DOUBLE PRECISION) < 0.0::float8 OR CAST("spend" AS DOUBLE PRECISION) > 5000.0::float8)
        OR (CAST("visits" AS DOUBLE PRECISION) < 0.0::float8 OR CAST("visits" AS DOUBLE PRECISION) > 90.0::float8)
        OR (CAST("channel" AS TEXT) <> '' AND CAST("channel" AS TEXT) NOT IN ('app', 'it''s "quoted"', 'web')) THEN 1 ELSE 0 END AS unusual
  FROM "analytics"."customers"
),
segscope_distances AS MATERIALIZED (
  SELECT id, unusual,
    (f_0 - 0.5::float8) * (f_0 - 0.5::float8) + (f_1 - (-1.0::float8)) * (f_1 - (-1.0::float8)) + (f_2 - 0.25::float8) * (f_2 - 0.25::float8) + (f_3 - 1.0::float8) * (f_3 - 1.0::float8) + (f_4 - 0.0::float8) * (f_4 - 0.0::float8) AS d_0,
    (f_0 - (-0.75::float8)) * (f_0 - (-0.75::float8)) + (f_1 - 0.5::float8) * (f_1 - 0.5::float8) + (f_2 - (-0.5::float8)) * (f_2 - (-0.5::float8)) + (f_3 - 0.0::float8) * (f_3 - 0.0::float8) + (f_4 - 1.0::float8) * (f_4 - 1.0::float8) AS d_1
  FROM segscope_features
),
segscope_best AS MATERIALIZED (
  SELECT *, LEAST(d_0, d_1) AS best
  FROM segscope_distances
),
segscope_assigned AS MATERIALIZED (
  SELECT *, CASE WHEN d_0 = best THEN 0 WHEN d_1 = best THEN 1 END AS segment
  FROM segscope_best
),
segscope_measured AS MATERIALIZED (
  SELECT *,
    CASE segment WHEN 0 THEN d_0 WHEN 1 THEN d_1 END AS d_own,
    CASE segment WHEN 0 THEN d_1 WHEN 1 THEN d_0 END AS d_second
  FROM segscope_assigned
)
SELECT
  id,
  segment,
  CASE segment WHEN 0 THEN 'Big spenders' WHEN 1 THEN 'O''Brien''s "bargain" hunters' END AS segment_name,
  SQRT(d_own) AS distance,
  SQRT(d_second) - SQRT(d_own) AS margin,
  CASE WHEN d_second > 0.0::float8 THEN 1.0::float8 - SQRT(d_own) / SQRT(d_second) ELSE 0.0::float8 END AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5::float8 WHEN 1 THEN 3.75::float8 END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
