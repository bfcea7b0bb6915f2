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
    (f_0 - (-0.75::float8)) * (f_0 - (-0.75::float8)) + (f_1 - 0.5::float8) * (f_1 - 0.5::float8) + (f_2 - (-0.5::float8)) * (f_2 - (-0.5::float8)) + (f_3 - 0.0::float8) * (f_3 - 0.0::float8) + (f_4 - 1.0::float8) * (f_4 - 1.0::float8) AS d_1,
    (-1.8015018977941168::float8) - 0.5::float8 * (POWER((-0.5::float8) + 1.0::float8 * f_0, 2.0::float8) + POWER(0.93831486325683644::float8 + (-0.20851441405707477::float8) * f_0 + 0.83405765622829908::float8 * f_1, 2.0::float8) + POWER((-0.31860580948210726::float8) + 0.031083493608010465::float8 * f_0 + (-0.12433397443204186::float8) * f_1 + 0.71492035298424061::float8 * f_2, 2.0::float8) + POWER((-0.60028820794307669::float8) + (-0.0035363075578384506::float8) * f_0 + 0.014145230231353802::float8 * f_1 + (-0.081335073830284335::float8) * f_2 + 0.63653536041092085::float8 * f_3, 2.0::float8) + POWER(0.055386317336404568::float8 + 0.00032628169270341437::float8 * f_0 + (-0.0013051267708136575::float8) * f_1 + 0.0075044789321785281::float8 * f_2 + (-0.058730704686614565::float8) * f_3 + 0.57980256793396712::float8 * f_4, 2.0::float8)) AS l_0,
    (-3.5452336922510046::float8) - 0.5::float8 * (POWER(0.61237243569579458::float8 + 0.81649658092772615::float8 * f_0, 2.0::float8) + POWER((-0.44661850063156028::float8) + (-0.11909826683508276::float8) * f_0 + 0.7145896010104964::float8 * f_1, 2.0::float8) + POWER(0.36905286659487263::float8 + 0.013543224462197164::float8 * f_0 + (-0.081259346773182958::float8) * f_1 + 0.63653154972326653::float8 * f_2, 2.0::float8) + POWER((-0.034050903385746324::float8) + (-0.0012495744361741773::float8) * f_0 + 0.0074974466170450622::float8 * f_1 + (-0.058729998500186321::float8) * f_2 + 0.57980253838481832::float8 * f_3, 2.0::float8) + POWER((-0.53348792978488335::float8) + 9.7108155592242696e-05::float8 * f_0 + (-0.00058264893355345607::float8) * f_1 + 0.0045640833128354052::float8 * f_2 + (-0.045058184194800607::float8) * f_3 + 0.53613412702477192::float8 * f_4, 2.0::float8)) AS l_1
  FROM segscope_features
),
segscope_best AS MATERIALIZED (
  SELECT *, GREATEST(l_0, l_1) AS best
  FROM segscope_distances
),
segscope_assigned AS MATERIALIZED (
  SELECT *, CASE WHEN l_0 = best THEN 0 WHEN l_1 = best THEN 1 END AS segment
  FROM segscope_best
),
segscope_measured AS MATERIALIZED (
  SELECT *,
    CASE segment WHEN 0 THEN d_0 WHEN 1 THEN d_1 END AS d_own,
    1.0::float8 / (EXP(GREATEST(l_0 - best, (-700.0::float8))) + EXP(GREATEST(l_1 - best, (-700.0::float8)))) AS probability
  FROM segscope_assigned
)
SELECT
  id,
  segment,
  CASE segment WHEN 0 THEN 'Big spenders' WHEN 1 THEN 'O''Brien''s "bargain" hunters' END AS segment_name,
  SQRT(d_own) AS distance,
  CAST(NULL AS DOUBLE PRECISION) AS margin,
  probability AS confidence,
  CASE WHEN unusual = 1 OR SQRT(d_own) > CASE segment WHEN 0 THEN 2.5::float8 WHEN 1 THEN 3.75::float8 END THEN 1 ELSE 0 END AS anomaly
FROM segscope_measured
