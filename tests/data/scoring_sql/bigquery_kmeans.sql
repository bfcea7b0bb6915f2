-- golden file of tests/engine/test_scoring_sql.cpp
WITH segscope_features AS (
  SELECT
    `customer_id` AS id,
    -- spend
    ((LN(1.0 + COALESCE(CAST(`spend` AS FLOAT64), 42.5)) - 3.25) / 1.5) * 2.0 AS f_0,
    -- visits
    ((LEAST(GREATEST(COALESCE(CAST(`visits` AS FLOAT64), 4.0), 1.0), 30.0) - 6.0) / 5.0) * 1.0 AS f_1,
    -- signup
    ((COALESCE((19700.0 - (UNIX_SECONDS(TIMESTAMP(`signup`)) / 86400.0)), 120.0) - 150.0) / 90.0) * 1.0 AS f_2,
    -- channel=web
    CASE WHEN `channel` IS NULL OR CAST(`channel` AS STRING) = '' THEN 1.0 WHEN CAST(`channel` AS STRING) IN ('web') THEN 1.0 ELSE 0.0 END AS f_3,
    -- channel=other
    CASE WHEN `channel` IS NULL OR CAST(`channel` AS STRING) = '' THEN 0.0 WHEN CAST(`channel` AS STRING) IN ('it\'s "quoted"') THEN 1.0 WHEN CAST(`channel` AS STRING) IN ('web', 'it\'s "quoted"') THEN 0.0 ELSE 1.0 END AS f_4,
    CASE WHEN (CAST(`spend` AS FLOAT64) < 0.0 OR CAST(`spend` AS FLOAT64) > 5000.0)
        OR (CAST(`visits` AS FLOAT64) < 0.0 OR CAST(`visits` AS FLOAT64) > 90.0)
        OR (CAST(`channel` AS STRING) <> '' AND CAST(`channel` AS STRING) NOT IN ('app', 'it\'s "quoted"', 'web')) THEN 1 ELSE 0 END AS unusual
  FROM `analytics`.`customers`
),
segscope_distances AS (
  SELECT id, unusual,
    (f_0 - 0.5) * (f_0 - 0.5) + (f_1 - (-1.0)) * (f_1 - (-1.0)) + (f_2 - 0.25) * (f_2 - 0.25) + (f_3 - 1.0) * (f_3 - 1.0) + (f_4 - 0.0) * (f_4 - 0.0) AS d_0,
    (f_0 - (-0.75)) * (f_0 - (-0.75)) + (f_1 - 0.5) * (f_1 - 0.5) + (f_2 - (-0.5)) * (f_2 - (-0.5)) + (f_3 - 0.0) * (f_3 - 0.0) + (f_4 - 1.0) * (f_4 - 1.0) AS d_1
  FROM segscope_features
),
segscope_best AS (
  SELECT *, LEAST(d_0, d_1) AS best
  FROM segscope_distances
),
segscope_assigned AS (
  SELECT *, CASE WHEN d_0 = best THEN 0 WHEN d_1 = best THEN 1 END AS segment
  FROM segscope_best
),
segscope_measured AS (
  SELECT *,
    CASE segment WHEN 0 THEN d_0 WHEN 1 THEN d_1 END AS d_own,
    CASE segment WHEN 0 THEN d_1 WHEN 1 THEN d_0 END AS d_second
  FROM segscope_assigned
)
SELECT
  id,
  segment,
  CASE segment WHEN 0 THEN 'Big spenders' WHEN 1 THEN 'O\'Brien\'s "bargain" hunters' END AS segment_name,
  SQRT(d_own) AS distance,
  SQRT(d_second) - SQRT(d_own) AS margin,
  CASE WHEN d_second > 0.0 THEN 1.0 - SQRT(d_own) / SQRT(d_second) ELSE 0.0 END AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5 WHEN 1 THEN 3.75 END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
