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
    (f_0 - (-0.75D)) * (f_0 - (-0.75D)) + (f_1 - 0.5D) * (f_1 - 0.5D) + (f_2 - (-0.5D)) * (f_2 - (-0.5D)) + (f_3 - 0.0D) * (f_3 - 0.0D) + (f_4 - 1.0D) * (f_4 - 1.0D) AS d_1,
    (-1.8015018977941168D) - 0.5D * (POWER((-0.5D) + 1.0D * f_0, 2.0D) + POWER(0.93831486325683644D + (-0.20851441405707477D) * f_0 + 0.83405765622829908D * f_1, 2.0D) + POWER((-0.31860580948210726D) + 0.031083493608010465D * f_0 + (-0.12433397443204186D) * f_1 + 0.71492035298424061D * f_2, 2.0D) + POWER((-0.60028820794307669D) + (-0.0035363075578384506D) * f_0 + 0.014145230231353802D * f_1 + (-0.081335073830284335D) * f_2 + 0.63653536041092085D * f_3, 2.0D) + POWER(0.055386317336404568D + 0.00032628169270341437D * f_0 + (-0.0013051267708136575D) * f_1 + 0.0075044789321785281D * f_2 + (-0.058730704686614565D) * f_3 + 0.57980256793396712D * f_4, 2.0D)) AS l_0,
    (-3.5452336922510046D) - 0.5D * (POWER(0.61237243569579458D + 0.81649658092772615D * f_0, 2.0D) + POWER((-0.44661850063156028D) + (-0.11909826683508276D) * f_0 + 0.7145896010104964D * f_1, 2.0D) + POWER(0.36905286659487263D + 0.013543224462197164D * f_0 + (-0.081259346773182958D) * f_1 + 0.63653154972326653D * f_2, 2.0D) + POWER((-0.034050903385746324D) + (-0.0012495744361741773D) * f_0 + 0.0074974466170450622D * f_1 + (-0.058729998500186321D) * f_2 + 0.57980253838481832D * f_3, 2.0D) + POWER((-0.53348792978488335D) + 9.7108155592242696e-05D * f_0 + (-0.00058264893355345607D) * f_1 + 0.0045640833128354052D * f_2 + (-0.045058184194800607D) * f_3 + 0.53613412702477192D * f_4, 2.0D)) AS l_1
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
    1.0D / (EXP(GREATEST(l_0 - best, (-700.0D))) + EXP(GREATEST(l_1 - best, (-700.0D)))) AS probability
  FROM segscope_assigned
)
SELECT
  id,
  segment,
  CASE segment WHEN 0 THEN 'Big spenders' WHEN 1 THEN 'O\'Brien\'s "bargain" hunters' END AS segment_name,
  SQRT(d_own) AS distance,
  CAST(NULL AS DOUBLE) AS margin,
  probability AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5D WHEN 1 THEN 3.75D END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
