-- golden file of tests/engine/test_scoring_sql.cpp
WITH segscope_features AS (
  SELECT
    `customer_id` AS id,
    -- spend
    ((LOG1P(COALESCE(CAST(`spend` AS DOUBLE), 42.5D)) - 3.25D) / 1.5D) * 2.0D AS f_0,
    -- visits
    ((LEAST(GREATEST(COALESCE(CAST(`visits` AS DOUBLE), 4.0D), 1.0D), 30.0D) - 6.0D) / 5.0D) * 1.0D AS f_1,
    -- signup
    ((COALESCE((19700.0D - (CAST(unix_seconds(CAST(`signup` AS TIMESTAMP)) AS DOUBLE) / 86400.0D)), 120.0D) - 150.0D) / 90.0D) * 1.0D AS f_2,
    -- channel=web
    CASE WHEN `channel` IS NULL OR CAST(`channel` AS STRING) = '' THEN 1.0D WHEN CAST(`channel` AS STRING) IN ('web') THEN 1.0D ELSE 0.0D END AS f_3,
    -- channel=other
    CASE WHEN `channel` IS NULL OR CAST(`channel` AS STRING) = '' THEN 0.0D WHEN CAST(`channel` AS STRING) IN ('it\'s "quoted"') THEN 1.0D WHEN CAST(`channel` AS STRING) IN ('web', 'it\'s "quoted"') THEN 0.0D ELSE 1.0D END AS f_4,
    CASE WHEN (CAST(`spend` AS DOUBLE) < 0.0D OR CAST(`spend` AS DOUBLE) > 5000.0D)
        OR (CAST(`visits` AS DOUBLE) < 0.0D OR CAST(`visits` AS DOUBLE) > 90.0D)
        OR (CAST(`channel` AS STRING) <> '' AND CAST(`channel` AS STRING) NOT IN ('app', 'it\'s "quoted"', 'web')) THEN 1 ELSE 0 END AS unusual
  FROM `analytics`.`customers`
),
segscope_distances AS (
  SELECT id, unusual,
    (f_0 - 0.5D) * (f_0 - 0.5D) + (f_1 - (-1.0D)) * (f_1 - (-1.0D)) + (f_2 - 0.25D) * (f_2 - 0.25D) + (f_3 - 1.0D) * (f_3 - 1.0D) + (f_4 - 0.0D) * (f_4 - 0.0D) AS d_0,
    (f_0 - (-0.75D)) * (f_0 - (-0.75D)) + (f_1 - 0.5D) * (f_1 - 0.5D) + (f_2 - (-0.5D)) * (f_2 - (-0.5D)) + (f_3 - 0.0D) * (f_3 - 0.0D) + (f_4 - 1.0D) * (f_4 - 1.0D) AS d_1
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
  CASE WHEN d_second > 0.0D THEN 1.0D - SQRT(d_own) / SQRT(d_second) ELSE 0.0D END AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5D WHEN 1 THEN 3.75D END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
