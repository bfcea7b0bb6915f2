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
    (f_0 - (-0.75)) * (f_0 - (-0.75)) + (f_1 - 0.5) * (f_1 - 0.5) + (f_2 - (-0.5)) * (f_2 - (-0.5)) + (f_3 - 0.0) * (f_3 - 0.0) + (f_4 - 1.0) * (f_4 - 1.0) AS d_1,
    (-1.8015018977941168) - 0.5 * (POWER((-0.5) + 1.0 * f_0, 2.0) + POWER(0.93831486325683644 + (-0.20851441405707477) * f_0 + 0.83405765622829908 * f_1, 2.0) + POWER((-0.31860580948210726) + 0.031083493608010465 * f_0 + (-0.12433397443204186) * f_1 + 0.71492035298424061 * f_2, 2.0) + POWER((-0.60028820794307669) + (-0.0035363075578384506) * f_0 + 0.014145230231353802 * f_1 + (-0.081335073830284335) * f_2 + 0.63653536041092085 * f_3, 2.0) + POWER(0.055386317336404568 + 0.00032628169270341437 * f_0 + (-0.0013051267708136575) * f_1 + 0.0075044789321785281 * f_2 + (-0.058730704686614565) * f_3 + 0.57980256793396712 * f_4, 2.0)) AS l_0,
    (-3.5452336922510046) - 0.5 * (POWER(0.61237243569579458 + 0.81649658092772615 * f_0, 2.0) + POWER((-0.44661850063156028) + (-0.11909826683508276) * f_0 + 0.7145896010104964 * f_1, 2.0) + POWER(0.36905286659487263 + 0.013543224462197164 * f_0 + (-0.081259346773182958) * f_1 + 0.63653154972326653 * f_2, 2.0) + POWER((-0.034050903385746324) + (-0.0012495744361741773) * f_0 + 0.0074974466170450622 * f_1 + (-0.058729998500186321) * f_2 + 0.57980253838481832 * f_3, 2.0) + POWER((-0.53348792978488335) + 9.7108155592242696e-05 * f_0 + (-0.00058264893355345607) * f_1 + 0.0045640833128354052 * f_2 + (-0.045058184194800607) * f_3 + 0.53613412702477192 * f_4, 2.0)) AS l_1
  FROM segscope_features
),
segscope_best AS (
  SELECT *, GREATEST(l_0, l_1) AS best
  FROM segscope_distances
),
segscope_assigned AS (
  SELECT *, CASE WHEN l_0 = best THEN 0 WHEN l_1 = best THEN 1 END AS segment
  FROM segscope_best
),
segscope_measured AS (
  SELECT *,
    CASE segment WHEN 0 THEN d_0 WHEN 1 THEN d_1 END AS d_own,
    1.0 / (EXP(GREATEST(l_0 - best, (-700.0))) + EXP(GREATEST(l_1 - best, (-700.0)))) AS probability
  FROM segscope_assigned
)
SELECT
  id,
  segment,
  CASE segment WHEN 0 THEN 'Big spenders' WHEN 1 THEN 'O\'Brien\'s "bargain" hunters' END AS segment_name,
  SQRT(d_own) AS distance,
  CAST(NULL AS FLOAT64) AS margin,
  probability AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5 WHEN 1 THEN 3.75 END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
