-- staff.fte_per_1000_residents 1.0.0, period 2024, by organizer, dialect duckdb
-- definition sha256:2dabc28a4aea033d78be7edc7a201e72eab2d2fac0ca30610516c0232c14c159
-- Runs on the raw tables (text or typed columns): each concept's rows are validated first (F1-F14, F34),
-- one CTE per step, and only the valid rows are computed. The tables need a column per field.

-- result cells: dimensions d0…, numerator, denominator, magnitude, negative, suppressed, join_missing
-- bind parameters, in order:
--   1: 2024
--   2: 2024
--   3: 'staff_fte'
--   4: 'population'
WITH
"__municipality_classification" AS MATERIALIZED (
  SELECT "__y"."year", "__m"."municipality", "__m"."organizer"
  FROM (VALUES
      ('005', '16', 2023, 2026), ('009', '19', 2023, 2026), ('010', '16', 2023, 2026), ('016', '09', 2023, 2026),
      ('018', '01', 2023, 2026), ('019', '05', 2023, 2026), ('020', '08', 2023, 2026), ('035', '91', 2023, 2026),
      ('043', '91', 2023, 2026), ('046', '12', 2023, 2026), ('047', '21', 2023, 2026), ('049', '03', 2023, 2026),
      ('050', '06', 2023, 2026), ('051', '06', 2023, 2026), ('052', '16', 2023, 2026), ('060', '91', 2023, 2026),
      ('061', '07', 2023, 2026), ('062', '91', 2023, 2026), ('065', '91', 2023, 2026), ('069', '19', 2023, 2026),
      ('071', '19', 2023, 2026), ('072', '19', 2023, 2026), ('074', '18', 2023, 2026), ('075', '10', 2023, 2026),
      ('076', '91', 2023, 2026), ('077', '15', 2023, 2026), ('078', '03', 2023, 2026), ('079', '06', 2023, 2026),
      ('081', '09', 2023, 2026), ('082', '07', 2023, 2026), ('086', '07', 2023, 2026), ('090', '14', 2023, 2026),
      ('091', '90', 2023, 2026), ('092', '04', 2023, 2026), ('097', '12', 2023, 2026), ('098', '09', 2023, 2026),
      ('102', '06', 2023, 2026), ('103', '07', 2023, 2026), ('105', '20', 2023, 2026), ('106', '02', 2023, 2026),
      ('108', '08', 2023, 2026), ('109', '07', 2023, 2026), ('111', '09', 2023, 2026), ('139', '19', 2023, 2026),
      ('140', '13', 2023, 2026), ('142', '09', 2023, 2026), ('143', '08', 2023, 2026), ('145', '16', 2023, 2026),
      ('146', '14', 2023, 2026), ('148', '21', 2023, 2026), ('149', '03', 2023, 2026), ('151', '16', 2023, 2026),
      ('152', '16', 2023, 2026), ('153', '11', 2023, 2026), ('165', '07', 2023, 2026), ('167', '14', 2023, 2026),
      ('169', '07', 2023, 2026), ('170', '91', 2023, 2026), ('171', '13', 2023, 2026), ('172', '15', 2023, 2026),
      ('176', '14', 2023, 2026), ('177', '08', 2023, 2026), ('178', '12', 2023, 2026), ('179', '15', 2023, 2026),
      ('181', '06', 2023, 2026), ('182', '15', 2023, 2026), ('186', '02', 2023, 2026), ('202', '05', 2023, 2026),
      ('204', '13', 2023, 2026), ('205', '20', 2023, 2026), ('208', '19', 2023, 2026), ('211', '08', 2023, 2026),
      ('213', '12', 2023, 2026), ('214', '06', 2023, 2026), ('216', '15', 2023, 2026), ('217', '18', 2023, 2026),
      ('218', '16', 2023, 2026), ('224', '03', 2023, 2026), ('226', '15', 2023, 2026), ('230', '06', 2023, 2026),
      ('231', '17', 2023, 2026), ('232', '16', 2023, 2026), ('233', '16', 2023, 2026), ('235', '03', 2023, 2026),
      ('236', '18', 2023, 2026), ('239', '13', 2023, 2026), ('240', '21', 2023, 2026), ('241', '21', 2023, 2026),
      ('244', '19', 2023, 2026), ('245', '04', 2023, 2026), ('249', '15', 2023, 2026), ('250', '08', 2023, 2026),
      ('256', '15', 2023, 2026), ('257', '03', 2023, 2026), ('260', '14', 2023, 2026), ('261', '21', 2023, 2026),
      ('263', '13', 2023, 2026), ('265', '15', 2023, 2026), ('271', '06', 2023, 2026), ('272', '18', 2023, 2026),
      ('273', '21', 2023, 2026), ('275', '15', 2023, 2026), ('276', '14', 2023, 2026), ('280', '17', 2023, 2026),
      ('284', '05', 2023, 2026), ('285', '10', 2023, 2026), ('286', '10', 2023, 2026), ('287', '17', 2023, 2026),
      ('288', '17', 2023, 2026), ('290', '20', 2023, 2026), ('291', '08', 2023, 2026), ('295', '91', 2023, 2026),
      ('297', '13', 2023, 2026), ('300', '16', 2023, 2026), ('301', '16', 2023, 2026), ('304', '05', 2023, 2026),
      ('305', '19', 2023, 2026), ('309', '14', 2023, 2026), ('312', '15', 2023, 2026), ('316', '09', 2023, 2026),
      ('317', '19', 2023, 2026), ('318', '91', 2023, 2026), ('320', '21', 2023, 2026), ('322', '05', 2023, 2026),
      ('398', '09', 2023, 2026), ('399', '17', 2023, 2026), ('400', '05', 2023, 2026), ('402', '13', 2023, 2026),
      ('403', '16', 2023, 2026), ('405', '11', 2023, 2026), ('407', '01', 2023, 2026), ('408', '16', 2023, 2026),
      ('410', '15', 2023, 2026), ('416', '11', 2023, 2026), ('417', '91', 2023, 2026), ('418', '08', 2023, 2026),
      ('420', '13', 2023, 2026), ('421', '18', 2023, 2026), ('422', '14', 2023, 2026), ('423', '05', 2023, 2026),
      ('425', '19', 2023, 2026), ('426', '14', 2023, 2026), ('430', '05', 2023, 2026), ('433', '07', 2023, 2026),
      ('434', '01', 2023, 2026), ('435', '15', 2023, 2026), ('436', '19', 2023, 2026), ('438', '91', 2023, 2026),
      ('440', '17', 2023, 2026), ('441', '11', 2023, 2026), ('444', '03', 2023, 2026), ('445', '05', 2023, 2026),
      ('475', '17', 2023, 2026), ('478', '91', 2023, 2026), ('480', '05', 2023, 2026), ('481', '05', 2023, 2026),
      ('483', '19', 2023, 2026), ('484', '06', 2023, 2026), ('489', '10', 2023, 2026), ('491', '12', 2023, 2026),
      ('494', '19', 2023, 2026), ('495', '15', 2023, 2026), ('498', '21', 2023, 2026), ('499', '17', 2023, 2026),
      ('500', '15', 2023, 2026), ('503', '05', 2023, 2026), ('504', '01', 2023, 2026), ('505', '02', 2023, 2026),
      ('507', '12', 2023, 2026), ('508', '08', 2023, 2026), ('529', '05', 2023, 2026), ('531', '06', 2023, 2026),
      ('535', '19', 2023, 2026), ('536', '08', 2023, 2026), ('538', '05', 2023, 2026), ('541', '14', 2023, 2026),
      ('543', '02', 2023, 2026), ('545', '17', 2023, 2026), ('560', '09', 2023, 2026), ('561', '05', 2023, 2026),
      ('562', '08', 2023, 2026), ('563', '19', 2023, 2026), ('564', '19', 2023, 2026), ('576', '09', 2023, 2026),
      ('577', '05', 2023, 2026), ('578', '20', 2023, 2026), ('580', '11', 2023, 2026), ('581', '08', 2023, 2026),
      ('583', '21', 2023, 2026), ('584', '18', 2023, 2026), ('588', '12', 2023, 2024), ('592', '15', 2023, 2026),
      ('593', '12', 2023, 2026), ('595', '13', 2023, 2026), ('598', '17', 2023, 2026), ('599', '17', 2023, 2026),
      ('601', '15', 2023, 2026), ('604', '08', 2023, 2026), ('607', '14', 2023, 2026), ('608', '06', 2023, 2026),
      ('609', '06', 2023, 2026), ('611', '02', 2023, 2026), ('614', '21', 2023, 2026), ('615', '19', 2023, 2026),
      ('616', '01', 2023, 2026), ('619', '08', 2023, 2026), ('620', '20', 2023, 2026), ('623', '12', 2023, 2026),
      ('624', '10', 2023, 2026), ('625', '19', 2023, 2026), ('626', '19', 2023, 2026), ('630', '19', 2023, 2026),
      ('631', '05', 2023, 2026), ('635', '08', 2023, 2026), ('636', '05', 2023, 2026), ('638', '01', 2023, 2026),
      ('678', '19', 2023, 2026), ('680', '05', 2023, 2026), ('681', '12', 2023, 2026), ('683', '21', 2023, 2026),
      ('684', '06', 2023, 2026), ('686', '13', 2023, 2026), ('687', '13', 2023, 2026), ('689', '11', 2023, 2026),
      ('691', '19', 2023, 2026), ('694', '07', 2023, 2026), ('697', '20', 2023, 2026), ('698', '21', 2023, 2026),
      ('700', '11', 2023, 2026), ('702', '08', 2023, 2026), ('704', '05', 2023, 2026), ('707', '14', 2023, 2026),
      ('710', '03', 2023, 2026), ('729', '15', 2023, 2026), ('732', '21', 2023, 2026), ('734', '05', 2023, 2026),
      ('736', '91', 2023, 2026), ('738', '05', 2023, 2026), ('739', '11', 2023, 2026), ('740', '12', 2023, 2026),
      ('742', '21', 2023, 2026), ('743', '16', 2023, 2026), ('746', '19', 2023, 2026), ('747', '06', 2023, 2026),
      ('748', '19', 2023, 2026), ('749', '13', 2023, 2026), ('751', '21', 2023, 2026), ('753', '01', 2023, 2026),
      ('755', '03', 2023, 2026), ('758', '21', 2023, 2026), ('759', '16', 2023, 2026), ('761', '05', 2023, 2026),
      ('762', '13', 2023, 2026), ('765', '20', 2023, 2026), ('766', '91', 2023, 2026), ('768', '12', 2023, 2026),
      ('771', '91', 2023, 2026), ('777', '20', 2023, 2026), ('778', '13', 2023, 2026), ('781', '09', 2023, 2026),
      ('783', '06', 2023, 2026), ('785', '19', 2023, 2026), ('790', '08', 2023, 2026), ('791', '19', 2023, 2026),
      ('831', '11', 2023, 2026), ('832', '19', 2023, 2026), ('833', '05', 2023, 2026), ('834', '07', 2023, 2026),
      ('837', '08', 2023, 2026), ('844', '13', 2023, 2026), ('845', '21', 2023, 2026), ('846', '16', 2023, 2026),
      ('848', '14', 2023, 2026), ('849', '18', 2023, 2026), ('850', '15', 2023, 2026), ('851', '21', 2023, 2026),
      ('853', '05', 2023, 2026), ('854', '21', 2023, 2026), ('857', '13', 2023, 2026), ('858', '02', 2023, 2026),
      ('859', '19', 2023, 2026), ('886', '06', 2023, 2026), ('887', '08', 2023, 2026), ('889', '19', 2023, 2026),
      ('890', '21', 2023, 2026), ('892', '15', 2023, 2026), ('893', '17', 2023, 2026), ('895', '05', 2023, 2026),
      ('905', '17', 2023, 2026), ('908', '08', 2023, 2026), ('915', '13', 2023, 2026), ('918', '05', 2023, 2026),
      ('921', '13', 2023, 2026), ('922', '08', 2023, 2026), ('924', '18', 2023, 2026), ('925', '13', 2023, 2026),
      ('927', '03', 2023, 2026), ('931', '15', 2023, 2026), ('934', '16', 2023, 2026), ('935', '10', 2023, 2026),
      ('936', '08', 2023, 2026), ('941', '91', 2023, 2026), ('946', '17', 2023, 2026), ('976', '21', 2023, 2026),
      ('977', '19', 2023, 2026), ('980', '08', 2023, 2026), ('981', '07', 2023, 2026), ('989', '16', 2023, 2026),
      ('992', '15', 2023, 2026)
    ) AS "__m" ("municipality", "organizer", "first_year", "last_year")
  JOIN (VALUES (2023), (2024), (2025), (2026)) AS "__y" ("year")
    ON "__y"."year" BETWEEN "__m"."first_year" AND "__m"."last_year"
),
"staff_fte_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("professional_group" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("professional_group" AS VARCHAR), ' ')
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(9))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(10))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(12))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(13))
        )
        THEN CAST("professional_group" AS VARCHAR)
      ELSE NULLIF(trim(CAST("professional_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "professional_group",
    COALESCE(contains(CAST("professional_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_professional_group",
    CASE
      WHEN ord(CAST("fte" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("fte" AS VARCHAR), ' ')
          OR suffix(CAST("fte" AS VARCHAR), CHR(9))
          OR suffix(CAST("fte" AS VARCHAR), CHR(10))
          OR suffix(CAST("fte" AS VARCHAR), CHR(12))
          OR suffix(CAST("fte" AS VARCHAR), CHR(13))
        )
        THEN CAST("fte" AS VARCHAR)
      ELSE NULLIF(trim(CAST("fte" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "fte",
    COALESCE(contains(CAST("fte" AS VARCHAR), CHR(0)), FALSE) AS "__nul_fte"
  FROM "staff_fte"
),
"staff_fte_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'practical_nurse' THEN 'practical_nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'social_worker' THEN 'social_worker'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_fte" THEN 'invalid_format'
      WHEN "fte" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("fte", '-?[0-9]+([.,][0-9]+)?') THEN 'invalid_format'
      WHEN (
          SUBSTR("fte", 1, 1) = '-'
          AND (
            LTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    1,
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                  )
                ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
              END,
              '0'
            ) <> ''
            OR RTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                  )
                ELSE ''
              END,
              '0'
            ) <> ''
          )
        )
        OR length(
          LTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  1,
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                )
              ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
            END,
            '0'
          )
        ) > 18
        OR length(
          RTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                )
              ELSE ''
            END,
            '0'
          )
        ) > 6
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_fte"
  FROM "staff_fte_source"
),
"staff_fte_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_organizer_code",
    "__e_year",
    "__e_professional_group",
    "__e_fte",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'practical_nurse' THEN 'practical_nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'social_worker' THEN 'social_worker'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_fte" IS NOT NULL THEN NULL
      WHEN "fte" IS NULL THEN NULL
      ELSE CAST(
        CASE
          WHEN (
              LTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      1,
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                    )
                  ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
                END,
                '0'
              ) <> ''
              OR RTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                    )
                  ELSE ''
                END,
                '0'
              ) <> ''
            )
            THEN REPLACE("fte", ',', '.')
          ELSE '0'
        END AS DECIMAL(38,6)
      )
    END AS "__v_fte"
  FROM "staff_fte_field_reasons"
),
"staff_fte_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_organizer_code",
      "v"."__e_year",
      "v"."__e_professional_group",
      "v"."__e_fte"
    ) AS "__reason",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_year" AS "year",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_fte" AS "fte"
  FROM "staff_fte_values" AS "v"
),
"staff_fte_rows" AS MATERIALIZED (
  SELECT
    "__row",
    "__reason" AS "__reason",
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_checked"
),
"staff_fte_valid" AS MATERIALIZED (
  SELECT
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_rows"
  WHERE "__reason" IS NULL
),
"population_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("municipality_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("municipality_code" AS VARCHAR), ' ')
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("municipality_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("municipality_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "municipality_code",
    COALESCE(contains(CAST("municipality_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_municipality_code",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("age" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("age" AS VARCHAR), ' ')
          OR suffix(CAST("age" AS VARCHAR), CHR(9))
          OR suffix(CAST("age" AS VARCHAR), CHR(10))
          OR suffix(CAST("age" AS VARCHAR), CHR(12))
          OR suffix(CAST("age" AS VARCHAR), CHR(13))
        )
        THEN CAST("age" AS VARCHAR)
      ELSE NULLIF(trim(CAST("age" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "age",
    COALESCE(contains(CAST("age" AS VARCHAR), CHR(0)), FALSE) AS "__nul_age",
    CASE
      WHEN ord(CAST("sex" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("sex" AS VARCHAR), ' ')
          OR suffix(CAST("sex" AS VARCHAR), CHR(9))
          OR suffix(CAST("sex" AS VARCHAR), CHR(10))
          OR suffix(CAST("sex" AS VARCHAR), CHR(12))
          OR suffix(CAST("sex" AS VARCHAR), CHR(13))
        )
        THEN CAST("sex" AS VARCHAR)
      ELSE NULLIF(trim(CAST("sex" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "sex",
    COALESCE(contains(CAST("sex" AS VARCHAR), CHR(0)), FALSE) AS "__nul_sex",
    CASE
      WHEN ord(CAST("count" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("count" AS VARCHAR), ' ')
          OR suffix(CAST("count" AS VARCHAR), CHR(9))
          OR suffix(CAST("count" AS VARCHAR), CHR(10))
          OR suffix(CAST("count" AS VARCHAR), CHR(12))
          OR suffix(CAST("count" AS VARCHAR), CHR(13))
        )
        THEN CAST("count" AS VARCHAR)
      ELSE NULLIF(trim(CAST("count" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "count",
    COALESCE(contains(CAST("count" AS VARCHAR), CHR(0)), FALSE) AS "__nul_count"
  FROM "population"
),
"population_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("year" AS DECIMAL(38,0)) < 1990 OR CAST("year" AS DECIMAL(38,0)) > 2100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN CASE WHEN "organizer_code" IS NULL THEN 'missing' ELSE NULL END
      WHEN NOT regexp_full_match("municipality_code", '[0-9]{1,3}') THEN 'invalid_format'
      ELSE NULL
    END AS "__e_municipality_code",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN NULL
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_age" THEN 'invalid_format'
      WHEN "age" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("age", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("age", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("age" AS DECIMAL(38,0)) < 0 OR CAST("age" AS DECIMAL(38,0)) > 100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_age",
    CASE
      WHEN "__nul_sex" THEN 'invalid_format'
      WHEN "sex" IS NULL THEN 'missing'
      WHEN CASE "sex"
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE CASE LOWER("sex")
            WHEN 'male' THEN 'male'
            WHEN 'female' THEN 'female'
            WHEN 'unknown' THEN 'unknown'
            WHEN '1' THEN 'male'
            WHEN 'm' THEN 'male'
            WHEN '2' THEN 'female'
            WHEN 'f' THEN 'female'
            WHEN 'n' THEN 'female'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_sex",
    CASE
      WHEN "__nul_count" THEN 'invalid_format'
      WHEN "count" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("count", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("count", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("count" AS DECIMAL(38,0)) < 0 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_count"
  FROM "population_source"
),
"population_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_year",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_age",
    "__e_sex",
    "__e_count",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE WHEN "__e_age" IS NOT NULL THEN NULL WHEN "age" IS NULL THEN NULL ELSE CAST("age" AS BIGINT) END AS "__v_age",
    CASE
      WHEN "__e_sex" IS NOT NULL THEN NULL
      WHEN "sex" IS NULL THEN NULL
      ELSE CASE "sex"
        WHEN 'male' THEN 'male'
        WHEN 'female' THEN 'female'
        WHEN 'unknown' THEN 'unknown'
        WHEN '1' THEN 'male'
        WHEN 'm' THEN 'male'
        WHEN '2' THEN 'female'
        WHEN 'f' THEN 'female'
        WHEN 'n' THEN 'female'
        ELSE CASE LOWER("sex")
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE NULL
        END
      END
    END AS "__v_sex",
    CASE
      WHEN "__e_count" IS NOT NULL THEN NULL
      WHEN "count" IS NULL THEN NULL
      ELSE CAST("count" AS BIGINT)
    END AS "__v_count"
  FROM "population_field_reasons"
),
"population_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_year",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (CASE WHEN "v"."__v_year" IS NULL THEN "any"."municipality" IS NULL ELSE "mc"."organizer" IS NULL END)
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_age",
      "v"."__e_sex",
      "v"."__e_count",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END
    ) AS "__reason",
    "v"."__v_year" AS "year",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_age" AS "age",
    "v"."__v_sex" AS "sex",
    "v"."__v_count" AS "count"
  FROM "population_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN "v"."__v_year" < 2023 THEN 2023
    WHEN "v"."__v_year" > 2026 THEN 2026
    ELSE "v"."__v_year"
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"population_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER(

        ) OVER (
          PARTITION BY ("__reason" IS NULL),
          "year",
          COALESCE("municipality_code", 'organizer ' || "organizer_code"),
          "age",
          "sex" ORDER BY "__row"
        ) > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_checked"
),
"population_valid" AS MATERIALIZED (
  SELECT
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("fte" AS DECIMAL(38,6)) AS "fte",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("year" AS BIGINT) AS "year"
  FROM "staff_fte_valid"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("year" = CAST($1 AS BIGINT), FALSE) THEN 'other_year'
      ELSE NULL
    END AS "__exclusion",
    CAST("organizer_code" AS VARCHAR) AS "__d0",
    TRUE AS "__num_hit",
    COALESCE("fte", 0) AS "__num_value",
    "organizer_code" AS "__org"
  FROM "__base"
),
"__cells" AS (
  SELECT
    "__d0",
    CAST(COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS DECIMAL(38,6)) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0"
),
"__jbase" AS (
  SELECT
    CAST("count" AS BIGINT) AS "count",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("year" AS BIGINT) AS "year"
  FROM "population_valid"
),
"__jclassified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("year" = CAST($2 AS BIGINT), FALSE) THEN 'other_year'
      WHEN "organizer_code" IS NULL
        OR "organizer_code" NOT IN (
          SELECT "__org"
          FROM "__classified"
          WHERE "__exclusion" IS NULL AND "__org" IS NOT NULL
        )
        THEN 'not_in_any_cell'
      ELSE NULL
    END AS "__exclusion",
    "organizer_code" AS "__org",
    "count" AS "__sum"
  FROM "__jbase"
),
"__jsums" AS (
  SELECT
    "__org",
    SUM("__sum") AS "s",
    COUNT(*) AS "r"
  FROM "__jclassified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__org"
),
"__cellorgs" AS (
  SELECT DISTINCT
    "__d0",
    "__org"
  FROM "__classified"
  WHERE "__exclusion" IS NULL AND "__org" IS NOT NULL
),
"__jdens" AS (
  SELECT
    "__cellorgs"."__d0",
    SUM("__jsums"."s") AS "den",
    SUM("__jsums"."r") AS "den_rows",
    MIN(CASE WHEN "__jsums"."__org" IS NULL THEN "__cellorgs"."__org" END) AS "missing"
  FROM "__cellorgs"
  LEFT JOIN "__jsums" ON "__jsums"."__org" = "__cellorgs"."__org"
  GROUP BY "__cellorgs"."__d0"
),
"__concepts" AS (
  SELECT CAST($3 AS VARCHAR) AS "main", CAST($4 AS VARCHAR) AS "joined"
)
SELECT
  "__cells"."__d0",
  CAST("__cells"."num" AS VARCHAR) AS "numerator",
  CAST(COALESCE("__jdens"."den", 0) AS VARCHAR) AS "denominator",
  CAST(
    CASE
      WHEN CAST(CAST(COALESCE("__jdens"."den", 0) AS DECIMAL(38,6)) * 1000000 AS HUGEINT) = 0
        OR (CAST(CAST("__cells"."num" AS DECIMAL(38,6)) * 1000000 AS HUGEINT) * 100000) IS NULL
        THEN NULL
      ELSE (
        (
          2 * ABS((CAST(CAST("__cells"."num" AS DECIMAL(38,6)) * 1000000 AS HUGEINT) * 100000))
          + ABS(CAST(CAST(COALESCE("__jdens"."den", 0) AS DECIMAL(38,6)) * 1000000 AS HUGEINT))
        ) // (2 * ABS(CAST(CAST(COALESCE("__jdens"."den", 0) AS DECIMAL(38,6)) * 1000000 AS HUGEINT)))
      )
    END AS VARCHAR
  ) AS "magnitude",
  CASE
    WHEN (
        (CAST(CAST("__cells"."num" AS DECIMAL(38,6)) * 1000000 AS HUGEINT) * 100000) < 0
      ) <> (CAST(CAST(COALESCE("__jdens"."den", 0) AS DECIMAL(38,6)) * 1000000 AS HUGEINT) < 0)
      THEN 1
    ELSE 0
  END AS "negative",
  FALSE AS "suppressed",
  "__jdens"."missing" AS "join_missing"
FROM "__cells"
LEFT JOIN "__jdens" ON "__cells"."__d0" IS NOT DISTINCT FROM "__jdens"."__d0";

-- input accounting: valid rows per exclusion reason
-- bind parameters, in order:
--   1: 2024
--   2: 2024
--   3: 'staff_fte'
--   4: 'population'
WITH
"__municipality_classification" AS MATERIALIZED (
  SELECT "__y"."year", "__m"."municipality", "__m"."organizer"
  FROM (VALUES
      ('005', '16', 2023, 2026), ('009', '19', 2023, 2026), ('010', '16', 2023, 2026), ('016', '09', 2023, 2026),
      ('018', '01', 2023, 2026), ('019', '05', 2023, 2026), ('020', '08', 2023, 2026), ('035', '91', 2023, 2026),
      ('043', '91', 2023, 2026), ('046', '12', 2023, 2026), ('047', '21', 2023, 2026), ('049', '03', 2023, 2026),
      ('050', '06', 2023, 2026), ('051', '06', 2023, 2026), ('052', '16', 2023, 2026), ('060', '91', 2023, 2026),
      ('061', '07', 2023, 2026), ('062', '91', 2023, 2026), ('065', '91', 2023, 2026), ('069', '19', 2023, 2026),
      ('071', '19', 2023, 2026), ('072', '19', 2023, 2026), ('074', '18', 2023, 2026), ('075', '10', 2023, 2026),
      ('076', '91', 2023, 2026), ('077', '15', 2023, 2026), ('078', '03', 2023, 2026), ('079', '06', 2023, 2026),
      ('081', '09', 2023, 2026), ('082', '07', 2023, 2026), ('086', '07', 2023, 2026), ('090', '14', 2023, 2026),
      ('091', '90', 2023, 2026), ('092', '04', 2023, 2026), ('097', '12', 2023, 2026), ('098', '09', 2023, 2026),
      ('102', '06', 2023, 2026), ('103', '07', 2023, 2026), ('105', '20', 2023, 2026), ('106', '02', 2023, 2026),
      ('108', '08', 2023, 2026), ('109', '07', 2023, 2026), ('111', '09', 2023, 2026), ('139', '19', 2023, 2026),
      ('140', '13', 2023, 2026), ('142', '09', 2023, 2026), ('143', '08', 2023, 2026), ('145', '16', 2023, 2026),
      ('146', '14', 2023, 2026), ('148', '21', 2023, 2026), ('149', '03', 2023, 2026), ('151', '16', 2023, 2026),
      ('152', '16', 2023, 2026), ('153', '11', 2023, 2026), ('165', '07', 2023, 2026), ('167', '14', 2023, 2026),
      ('169', '07', 2023, 2026), ('170', '91', 2023, 2026), ('171', '13', 2023, 2026), ('172', '15', 2023, 2026),
      ('176', '14', 2023, 2026), ('177', '08', 2023, 2026), ('178', '12', 2023, 2026), ('179', '15', 2023, 2026),
      ('181', '06', 2023, 2026), ('182', '15', 2023, 2026), ('186', '02', 2023, 2026), ('202', '05', 2023, 2026),
      ('204', '13', 2023, 2026), ('205', '20', 2023, 2026), ('208', '19', 2023, 2026), ('211', '08', 2023, 2026),
      ('213', '12', 2023, 2026), ('214', '06', 2023, 2026), ('216', '15', 2023, 2026), ('217', '18', 2023, 2026),
      ('218', '16', 2023, 2026), ('224', '03', 2023, 2026), ('226', '15', 2023, 2026), ('230', '06', 2023, 2026),
      ('231', '17', 2023, 2026), ('232', '16', 2023, 2026), ('233', '16', 2023, 2026), ('235', '03', 2023, 2026),
      ('236', '18', 2023, 2026), ('239', '13', 2023, 2026), ('240', '21', 2023, 2026), ('241', '21', 2023, 2026),
      ('244', '19', 2023, 2026), ('245', '04', 2023, 2026), ('249', '15', 2023, 2026), ('250', '08', 2023, 2026),
      ('256', '15', 2023, 2026), ('257', '03', 2023, 2026), ('260', '14', 2023, 2026), ('261', '21', 2023, 2026),
      ('263', '13', 2023, 2026), ('265', '15', 2023, 2026), ('271', '06', 2023, 2026), ('272', '18', 2023, 2026),
      ('273', '21', 2023, 2026), ('275', '15', 2023, 2026), ('276', '14', 2023, 2026), ('280', '17', 2023, 2026),
      ('284', '05', 2023, 2026), ('285', '10', 2023, 2026), ('286', '10', 2023, 2026), ('287', '17', 2023, 2026),
      ('288', '17', 2023, 2026), ('290', '20', 2023, 2026), ('291', '08', 2023, 2026), ('295', '91', 2023, 2026),
      ('297', '13', 2023, 2026), ('300', '16', 2023, 2026), ('301', '16', 2023, 2026), ('304', '05', 2023, 2026),
      ('305', '19', 2023, 2026), ('309', '14', 2023, 2026), ('312', '15', 2023, 2026), ('316', '09', 2023, 2026),
      ('317', '19', 2023, 2026), ('318', '91', 2023, 2026), ('320', '21', 2023, 2026), ('322', '05', 2023, 2026),
      ('398', '09', 2023, 2026), ('399', '17', 2023, 2026), ('400', '05', 2023, 2026), ('402', '13', 2023, 2026),
      ('403', '16', 2023, 2026), ('405', '11', 2023, 2026), ('407', '01', 2023, 2026), ('408', '16', 2023, 2026),
      ('410', '15', 2023, 2026), ('416', '11', 2023, 2026), ('417', '91', 2023, 2026), ('418', '08', 2023, 2026),
      ('420', '13', 2023, 2026), ('421', '18', 2023, 2026), ('422', '14', 2023, 2026), ('423', '05', 2023, 2026),
      ('425', '19', 2023, 2026), ('426', '14', 2023, 2026), ('430', '05', 2023, 2026), ('433', '07', 2023, 2026),
      ('434', '01', 2023, 2026), ('435', '15', 2023, 2026), ('436', '19', 2023, 2026), ('438', '91', 2023, 2026),
      ('440', '17', 2023, 2026), ('441', '11', 2023, 2026), ('444', '03', 2023, 2026), ('445', '05', 2023, 2026),
      ('475', '17', 2023, 2026), ('478', '91', 2023, 2026), ('480', '05', 2023, 2026), ('481', '05', 2023, 2026),
      ('483', '19', 2023, 2026), ('484', '06', 2023, 2026), ('489', '10', 2023, 2026), ('491', '12', 2023, 2026),
      ('494', '19', 2023, 2026), ('495', '15', 2023, 2026), ('498', '21', 2023, 2026), ('499', '17', 2023, 2026),
      ('500', '15', 2023, 2026), ('503', '05', 2023, 2026), ('504', '01', 2023, 2026), ('505', '02', 2023, 2026),
      ('507', '12', 2023, 2026), ('508', '08', 2023, 2026), ('529', '05', 2023, 2026), ('531', '06', 2023, 2026),
      ('535', '19', 2023, 2026), ('536', '08', 2023, 2026), ('538', '05', 2023, 2026), ('541', '14', 2023, 2026),
      ('543', '02', 2023, 2026), ('545', '17', 2023, 2026), ('560', '09', 2023, 2026), ('561', '05', 2023, 2026),
      ('562', '08', 2023, 2026), ('563', '19', 2023, 2026), ('564', '19', 2023, 2026), ('576', '09', 2023, 2026),
      ('577', '05', 2023, 2026), ('578', '20', 2023, 2026), ('580', '11', 2023, 2026), ('581', '08', 2023, 2026),
      ('583', '21', 2023, 2026), ('584', '18', 2023, 2026), ('588', '12', 2023, 2024), ('592', '15', 2023, 2026),
      ('593', '12', 2023, 2026), ('595', '13', 2023, 2026), ('598', '17', 2023, 2026), ('599', '17', 2023, 2026),
      ('601', '15', 2023, 2026), ('604', '08', 2023, 2026), ('607', '14', 2023, 2026), ('608', '06', 2023, 2026),
      ('609', '06', 2023, 2026), ('611', '02', 2023, 2026), ('614', '21', 2023, 2026), ('615', '19', 2023, 2026),
      ('616', '01', 2023, 2026), ('619', '08', 2023, 2026), ('620', '20', 2023, 2026), ('623', '12', 2023, 2026),
      ('624', '10', 2023, 2026), ('625', '19', 2023, 2026), ('626', '19', 2023, 2026), ('630', '19', 2023, 2026),
      ('631', '05', 2023, 2026), ('635', '08', 2023, 2026), ('636', '05', 2023, 2026), ('638', '01', 2023, 2026),
      ('678', '19', 2023, 2026), ('680', '05', 2023, 2026), ('681', '12', 2023, 2026), ('683', '21', 2023, 2026),
      ('684', '06', 2023, 2026), ('686', '13', 2023, 2026), ('687', '13', 2023, 2026), ('689', '11', 2023, 2026),
      ('691', '19', 2023, 2026), ('694', '07', 2023, 2026), ('697', '20', 2023, 2026), ('698', '21', 2023, 2026),
      ('700', '11', 2023, 2026), ('702', '08', 2023, 2026), ('704', '05', 2023, 2026), ('707', '14', 2023, 2026),
      ('710', '03', 2023, 2026), ('729', '15', 2023, 2026), ('732', '21', 2023, 2026), ('734', '05', 2023, 2026),
      ('736', '91', 2023, 2026), ('738', '05', 2023, 2026), ('739', '11', 2023, 2026), ('740', '12', 2023, 2026),
      ('742', '21', 2023, 2026), ('743', '16', 2023, 2026), ('746', '19', 2023, 2026), ('747', '06', 2023, 2026),
      ('748', '19', 2023, 2026), ('749', '13', 2023, 2026), ('751', '21', 2023, 2026), ('753', '01', 2023, 2026),
      ('755', '03', 2023, 2026), ('758', '21', 2023, 2026), ('759', '16', 2023, 2026), ('761', '05', 2023, 2026),
      ('762', '13', 2023, 2026), ('765', '20', 2023, 2026), ('766', '91', 2023, 2026), ('768', '12', 2023, 2026),
      ('771', '91', 2023, 2026), ('777', '20', 2023, 2026), ('778', '13', 2023, 2026), ('781', '09', 2023, 2026),
      ('783', '06', 2023, 2026), ('785', '19', 2023, 2026), ('790', '08', 2023, 2026), ('791', '19', 2023, 2026),
      ('831', '11', 2023, 2026), ('832', '19', 2023, 2026), ('833', '05', 2023, 2026), ('834', '07', 2023, 2026),
      ('837', '08', 2023, 2026), ('844', '13', 2023, 2026), ('845', '21', 2023, 2026), ('846', '16', 2023, 2026),
      ('848', '14', 2023, 2026), ('849', '18', 2023, 2026), ('850', '15', 2023, 2026), ('851', '21', 2023, 2026),
      ('853', '05', 2023, 2026), ('854', '21', 2023, 2026), ('857', '13', 2023, 2026), ('858', '02', 2023, 2026),
      ('859', '19', 2023, 2026), ('886', '06', 2023, 2026), ('887', '08', 2023, 2026), ('889', '19', 2023, 2026),
      ('890', '21', 2023, 2026), ('892', '15', 2023, 2026), ('893', '17', 2023, 2026), ('895', '05', 2023, 2026),
      ('905', '17', 2023, 2026), ('908', '08', 2023, 2026), ('915', '13', 2023, 2026), ('918', '05', 2023, 2026),
      ('921', '13', 2023, 2026), ('922', '08', 2023, 2026), ('924', '18', 2023, 2026), ('925', '13', 2023, 2026),
      ('927', '03', 2023, 2026), ('931', '15', 2023, 2026), ('934', '16', 2023, 2026), ('935', '10', 2023, 2026),
      ('936', '08', 2023, 2026), ('941', '91', 2023, 2026), ('946', '17', 2023, 2026), ('976', '21', 2023, 2026),
      ('977', '19', 2023, 2026), ('980', '08', 2023, 2026), ('981', '07', 2023, 2026), ('989', '16', 2023, 2026),
      ('992', '15', 2023, 2026)
    ) AS "__m" ("municipality", "organizer", "first_year", "last_year")
  JOIN (VALUES (2023), (2024), (2025), (2026)) AS "__y" ("year")
    ON "__y"."year" BETWEEN "__m"."first_year" AND "__m"."last_year"
),
"staff_fte_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("professional_group" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("professional_group" AS VARCHAR), ' ')
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(9))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(10))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(12))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(13))
        )
        THEN CAST("professional_group" AS VARCHAR)
      ELSE NULLIF(trim(CAST("professional_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "professional_group",
    COALESCE(contains(CAST("professional_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_professional_group",
    CASE
      WHEN ord(CAST("fte" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("fte" AS VARCHAR), ' ')
          OR suffix(CAST("fte" AS VARCHAR), CHR(9))
          OR suffix(CAST("fte" AS VARCHAR), CHR(10))
          OR suffix(CAST("fte" AS VARCHAR), CHR(12))
          OR suffix(CAST("fte" AS VARCHAR), CHR(13))
        )
        THEN CAST("fte" AS VARCHAR)
      ELSE NULLIF(trim(CAST("fte" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "fte",
    COALESCE(contains(CAST("fte" AS VARCHAR), CHR(0)), FALSE) AS "__nul_fte"
  FROM "staff_fte"
),
"staff_fte_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'practical_nurse' THEN 'practical_nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'social_worker' THEN 'social_worker'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_fte" THEN 'invalid_format'
      WHEN "fte" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("fte", '-?[0-9]+([.,][0-9]+)?') THEN 'invalid_format'
      WHEN (
          SUBSTR("fte", 1, 1) = '-'
          AND (
            LTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    1,
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                  )
                ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
              END,
              '0'
            ) <> ''
            OR RTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                  )
                ELSE ''
              END,
              '0'
            ) <> ''
          )
        )
        OR length(
          LTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  1,
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                )
              ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
            END,
            '0'
          )
        ) > 18
        OR length(
          RTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                )
              ELSE ''
            END,
            '0'
          )
        ) > 6
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_fte"
  FROM "staff_fte_source"
),
"staff_fte_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_organizer_code",
    "__e_year",
    "__e_professional_group",
    "__e_fte",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'practical_nurse' THEN 'practical_nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'social_worker' THEN 'social_worker'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_fte" IS NOT NULL THEN NULL
      WHEN "fte" IS NULL THEN NULL
      ELSE CAST(
        CASE
          WHEN (
              LTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      1,
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                    )
                  ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
                END,
                '0'
              ) <> ''
              OR RTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                    )
                  ELSE ''
                END,
                '0'
              ) <> ''
            )
            THEN REPLACE("fte", ',', '.')
          ELSE '0'
        END AS DECIMAL(38,6)
      )
    END AS "__v_fte"
  FROM "staff_fte_field_reasons"
),
"staff_fte_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_organizer_code",
      "v"."__e_year",
      "v"."__e_professional_group",
      "v"."__e_fte"
    ) AS "__reason",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_year" AS "year",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_fte" AS "fte"
  FROM "staff_fte_values" AS "v"
),
"staff_fte_rows" AS MATERIALIZED (
  SELECT
    "__row",
    "__reason" AS "__reason",
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_checked"
),
"staff_fte_valid" AS MATERIALIZED (
  SELECT
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_rows"
  WHERE "__reason" IS NULL
),
"population_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("municipality_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("municipality_code" AS VARCHAR), ' ')
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("municipality_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("municipality_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "municipality_code",
    COALESCE(contains(CAST("municipality_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_municipality_code",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("age" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("age" AS VARCHAR), ' ')
          OR suffix(CAST("age" AS VARCHAR), CHR(9))
          OR suffix(CAST("age" AS VARCHAR), CHR(10))
          OR suffix(CAST("age" AS VARCHAR), CHR(12))
          OR suffix(CAST("age" AS VARCHAR), CHR(13))
        )
        THEN CAST("age" AS VARCHAR)
      ELSE NULLIF(trim(CAST("age" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "age",
    COALESCE(contains(CAST("age" AS VARCHAR), CHR(0)), FALSE) AS "__nul_age",
    CASE
      WHEN ord(CAST("sex" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("sex" AS VARCHAR), ' ')
          OR suffix(CAST("sex" AS VARCHAR), CHR(9))
          OR suffix(CAST("sex" AS VARCHAR), CHR(10))
          OR suffix(CAST("sex" AS VARCHAR), CHR(12))
          OR suffix(CAST("sex" AS VARCHAR), CHR(13))
        )
        THEN CAST("sex" AS VARCHAR)
      ELSE NULLIF(trim(CAST("sex" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "sex",
    COALESCE(contains(CAST("sex" AS VARCHAR), CHR(0)), FALSE) AS "__nul_sex",
    CASE
      WHEN ord(CAST("count" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("count" AS VARCHAR), ' ')
          OR suffix(CAST("count" AS VARCHAR), CHR(9))
          OR suffix(CAST("count" AS VARCHAR), CHR(10))
          OR suffix(CAST("count" AS VARCHAR), CHR(12))
          OR suffix(CAST("count" AS VARCHAR), CHR(13))
        )
        THEN CAST("count" AS VARCHAR)
      ELSE NULLIF(trim(CAST("count" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "count",
    COALESCE(contains(CAST("count" AS VARCHAR), CHR(0)), FALSE) AS "__nul_count"
  FROM "population"
),
"population_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("year" AS DECIMAL(38,0)) < 1990 OR CAST("year" AS DECIMAL(38,0)) > 2100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN CASE WHEN "organizer_code" IS NULL THEN 'missing' ELSE NULL END
      WHEN NOT regexp_full_match("municipality_code", '[0-9]{1,3}') THEN 'invalid_format'
      ELSE NULL
    END AS "__e_municipality_code",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN NULL
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_age" THEN 'invalid_format'
      WHEN "age" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("age", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("age", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("age" AS DECIMAL(38,0)) < 0 OR CAST("age" AS DECIMAL(38,0)) > 100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_age",
    CASE
      WHEN "__nul_sex" THEN 'invalid_format'
      WHEN "sex" IS NULL THEN 'missing'
      WHEN CASE "sex"
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE CASE LOWER("sex")
            WHEN 'male' THEN 'male'
            WHEN 'female' THEN 'female'
            WHEN 'unknown' THEN 'unknown'
            WHEN '1' THEN 'male'
            WHEN 'm' THEN 'male'
            WHEN '2' THEN 'female'
            WHEN 'f' THEN 'female'
            WHEN 'n' THEN 'female'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_sex",
    CASE
      WHEN "__nul_count" THEN 'invalid_format'
      WHEN "count" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("count", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("count", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("count" AS DECIMAL(38,0)) < 0 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_count"
  FROM "population_source"
),
"population_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_year",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_age",
    "__e_sex",
    "__e_count",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE WHEN "__e_age" IS NOT NULL THEN NULL WHEN "age" IS NULL THEN NULL ELSE CAST("age" AS BIGINT) END AS "__v_age",
    CASE
      WHEN "__e_sex" IS NOT NULL THEN NULL
      WHEN "sex" IS NULL THEN NULL
      ELSE CASE "sex"
        WHEN 'male' THEN 'male'
        WHEN 'female' THEN 'female'
        WHEN 'unknown' THEN 'unknown'
        WHEN '1' THEN 'male'
        WHEN 'm' THEN 'male'
        WHEN '2' THEN 'female'
        WHEN 'f' THEN 'female'
        WHEN 'n' THEN 'female'
        ELSE CASE LOWER("sex")
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE NULL
        END
      END
    END AS "__v_sex",
    CASE
      WHEN "__e_count" IS NOT NULL THEN NULL
      WHEN "count" IS NULL THEN NULL
      ELSE CAST("count" AS BIGINT)
    END AS "__v_count"
  FROM "population_field_reasons"
),
"population_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_year",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (CASE WHEN "v"."__v_year" IS NULL THEN "any"."municipality" IS NULL ELSE "mc"."organizer" IS NULL END)
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_age",
      "v"."__e_sex",
      "v"."__e_count",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END
    ) AS "__reason",
    "v"."__v_year" AS "year",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_age" AS "age",
    "v"."__v_sex" AS "sex",
    "v"."__v_count" AS "count"
  FROM "population_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN "v"."__v_year" < 2023 THEN 2023
    WHEN "v"."__v_year" > 2026 THEN 2026
    ELSE "v"."__v_year"
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"population_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER(

        ) OVER (
          PARTITION BY ("__reason" IS NULL),
          "year",
          COALESCE("municipality_code", 'organizer ' || "organizer_code"),
          "age",
          "sex" ORDER BY "__row"
        ) > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_checked"
),
"population_valid" AS MATERIALIZED (
  SELECT
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("fte" AS DECIMAL(38,6)) AS "fte",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("year" AS BIGINT) AS "year"
  FROM "staff_fte_valid"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("year" = CAST($1 AS BIGINT), FALSE) THEN 'other_year'
      ELSE NULL
    END AS "__exclusion",
    CAST("organizer_code" AS VARCHAR) AS "__d0",
    TRUE AS "__num_hit",
    COALESCE("fte", 0) AS "__num_value",
    "organizer_code" AS "__org"
  FROM "__base"
),
"__cells" AS (
  SELECT
    "__d0",
    CAST(COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS DECIMAL(38,6)) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0"
),
"__jbase" AS (
  SELECT
    CAST("count" AS BIGINT) AS "count",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("year" AS BIGINT) AS "year"
  FROM "population_valid"
),
"__jclassified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("year" = CAST($2 AS BIGINT), FALSE) THEN 'other_year'
      WHEN "organizer_code" IS NULL
        OR "organizer_code" NOT IN (
          SELECT "__org"
          FROM "__classified"
          WHERE "__exclusion" IS NULL AND "__org" IS NOT NULL
        )
        THEN 'not_in_any_cell'
      ELSE NULL
    END AS "__exclusion",
    "organizer_code" AS "__org",
    "count" AS "__sum"
  FROM "__jbase"
),
"__jsums" AS (
  SELECT
    "__org",
    SUM("__sum") AS "s",
    COUNT(*) AS "r"
  FROM "__jclassified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__org"
),
"__cellorgs" AS (
  SELECT DISTINCT
    "__d0",
    "__org"
  FROM "__classified"
  WHERE "__exclusion" IS NULL AND "__org" IS NOT NULL
),
"__jdens" AS (
  SELECT
    "__cellorgs"."__d0",
    SUM("__jsums"."s") AS "den",
    SUM("__jsums"."r") AS "den_rows",
    MIN(CASE WHEN "__jsums"."__org" IS NULL THEN "__cellorgs"."__org" END) AS "missing"
  FROM "__cellorgs"
  LEFT JOIN "__jsums" ON "__jsums"."__org" = "__cellorgs"."__org"
  GROUP BY "__cellorgs"."__d0"
),
"__concepts" AS (
  SELECT CAST($3 AS VARCHAR) AS "main", CAST($4 AS VARCHAR) AS "joined"
)
SELECT (SELECT "main" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows"
FROM "__classified"
GROUP BY "__exclusion"
UNION ALL
SELECT (SELECT "joined" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows"
FROM "__jclassified"
GROUP BY "__exclusion";

-- rejections: rows per rejection reason (NULL = valid); rows_read is their sum
WITH
"__municipality_classification" AS MATERIALIZED (
  SELECT "__y"."year", "__m"."municipality", "__m"."organizer"
  FROM (VALUES
      ('005', '16', 2023, 2026), ('009', '19', 2023, 2026), ('010', '16', 2023, 2026), ('016', '09', 2023, 2026),
      ('018', '01', 2023, 2026), ('019', '05', 2023, 2026), ('020', '08', 2023, 2026), ('035', '91', 2023, 2026),
      ('043', '91', 2023, 2026), ('046', '12', 2023, 2026), ('047', '21', 2023, 2026), ('049', '03', 2023, 2026),
      ('050', '06', 2023, 2026), ('051', '06', 2023, 2026), ('052', '16', 2023, 2026), ('060', '91', 2023, 2026),
      ('061', '07', 2023, 2026), ('062', '91', 2023, 2026), ('065', '91', 2023, 2026), ('069', '19', 2023, 2026),
      ('071', '19', 2023, 2026), ('072', '19', 2023, 2026), ('074', '18', 2023, 2026), ('075', '10', 2023, 2026),
      ('076', '91', 2023, 2026), ('077', '15', 2023, 2026), ('078', '03', 2023, 2026), ('079', '06', 2023, 2026),
      ('081', '09', 2023, 2026), ('082', '07', 2023, 2026), ('086', '07', 2023, 2026), ('090', '14', 2023, 2026),
      ('091', '90', 2023, 2026), ('092', '04', 2023, 2026), ('097', '12', 2023, 2026), ('098', '09', 2023, 2026),
      ('102', '06', 2023, 2026), ('103', '07', 2023, 2026), ('105', '20', 2023, 2026), ('106', '02', 2023, 2026),
      ('108', '08', 2023, 2026), ('109', '07', 2023, 2026), ('111', '09', 2023, 2026), ('139', '19', 2023, 2026),
      ('140', '13', 2023, 2026), ('142', '09', 2023, 2026), ('143', '08', 2023, 2026), ('145', '16', 2023, 2026),
      ('146', '14', 2023, 2026), ('148', '21', 2023, 2026), ('149', '03', 2023, 2026), ('151', '16', 2023, 2026),
      ('152', '16', 2023, 2026), ('153', '11', 2023, 2026), ('165', '07', 2023, 2026), ('167', '14', 2023, 2026),
      ('169', '07', 2023, 2026), ('170', '91', 2023, 2026), ('171', '13', 2023, 2026), ('172', '15', 2023, 2026),
      ('176', '14', 2023, 2026), ('177', '08', 2023, 2026), ('178', '12', 2023, 2026), ('179', '15', 2023, 2026),
      ('181', '06', 2023, 2026), ('182', '15', 2023, 2026), ('186', '02', 2023, 2026), ('202', '05', 2023, 2026),
      ('204', '13', 2023, 2026), ('205', '20', 2023, 2026), ('208', '19', 2023, 2026), ('211', '08', 2023, 2026),
      ('213', '12', 2023, 2026), ('214', '06', 2023, 2026), ('216', '15', 2023, 2026), ('217', '18', 2023, 2026),
      ('218', '16', 2023, 2026), ('224', '03', 2023, 2026), ('226', '15', 2023, 2026), ('230', '06', 2023, 2026),
      ('231', '17', 2023, 2026), ('232', '16', 2023, 2026), ('233', '16', 2023, 2026), ('235', '03', 2023, 2026),
      ('236', '18', 2023, 2026), ('239', '13', 2023, 2026), ('240', '21', 2023, 2026), ('241', '21', 2023, 2026),
      ('244', '19', 2023, 2026), ('245', '04', 2023, 2026), ('249', '15', 2023, 2026), ('250', '08', 2023, 2026),
      ('256', '15', 2023, 2026), ('257', '03', 2023, 2026), ('260', '14', 2023, 2026), ('261', '21', 2023, 2026),
      ('263', '13', 2023, 2026), ('265', '15', 2023, 2026), ('271', '06', 2023, 2026), ('272', '18', 2023, 2026),
      ('273', '21', 2023, 2026), ('275', '15', 2023, 2026), ('276', '14', 2023, 2026), ('280', '17', 2023, 2026),
      ('284', '05', 2023, 2026), ('285', '10', 2023, 2026), ('286', '10', 2023, 2026), ('287', '17', 2023, 2026),
      ('288', '17', 2023, 2026), ('290', '20', 2023, 2026), ('291', '08', 2023, 2026), ('295', '91', 2023, 2026),
      ('297', '13', 2023, 2026), ('300', '16', 2023, 2026), ('301', '16', 2023, 2026), ('304', '05', 2023, 2026),
      ('305', '19', 2023, 2026), ('309', '14', 2023, 2026), ('312', '15', 2023, 2026), ('316', '09', 2023, 2026),
      ('317', '19', 2023, 2026), ('318', '91', 2023, 2026), ('320', '21', 2023, 2026), ('322', '05', 2023, 2026),
      ('398', '09', 2023, 2026), ('399', '17', 2023, 2026), ('400', '05', 2023, 2026), ('402', '13', 2023, 2026),
      ('403', '16', 2023, 2026), ('405', '11', 2023, 2026), ('407', '01', 2023, 2026), ('408', '16', 2023, 2026),
      ('410', '15', 2023, 2026), ('416', '11', 2023, 2026), ('417', '91', 2023, 2026), ('418', '08', 2023, 2026),
      ('420', '13', 2023, 2026), ('421', '18', 2023, 2026), ('422', '14', 2023, 2026), ('423', '05', 2023, 2026),
      ('425', '19', 2023, 2026), ('426', '14', 2023, 2026), ('430', '05', 2023, 2026), ('433', '07', 2023, 2026),
      ('434', '01', 2023, 2026), ('435', '15', 2023, 2026), ('436', '19', 2023, 2026), ('438', '91', 2023, 2026),
      ('440', '17', 2023, 2026), ('441', '11', 2023, 2026), ('444', '03', 2023, 2026), ('445', '05', 2023, 2026),
      ('475', '17', 2023, 2026), ('478', '91', 2023, 2026), ('480', '05', 2023, 2026), ('481', '05', 2023, 2026),
      ('483', '19', 2023, 2026), ('484', '06', 2023, 2026), ('489', '10', 2023, 2026), ('491', '12', 2023, 2026),
      ('494', '19', 2023, 2026), ('495', '15', 2023, 2026), ('498', '21', 2023, 2026), ('499', '17', 2023, 2026),
      ('500', '15', 2023, 2026), ('503', '05', 2023, 2026), ('504', '01', 2023, 2026), ('505', '02', 2023, 2026),
      ('507', '12', 2023, 2026), ('508', '08', 2023, 2026), ('529', '05', 2023, 2026), ('531', '06', 2023, 2026),
      ('535', '19', 2023, 2026), ('536', '08', 2023, 2026), ('538', '05', 2023, 2026), ('541', '14', 2023, 2026),
      ('543', '02', 2023, 2026), ('545', '17', 2023, 2026), ('560', '09', 2023, 2026), ('561', '05', 2023, 2026),
      ('562', '08', 2023, 2026), ('563', '19', 2023, 2026), ('564', '19', 2023, 2026), ('576', '09', 2023, 2026),
      ('577', '05', 2023, 2026), ('578', '20', 2023, 2026), ('580', '11', 2023, 2026), ('581', '08', 2023, 2026),
      ('583', '21', 2023, 2026), ('584', '18', 2023, 2026), ('588', '12', 2023, 2024), ('592', '15', 2023, 2026),
      ('593', '12', 2023, 2026), ('595', '13', 2023, 2026), ('598', '17', 2023, 2026), ('599', '17', 2023, 2026),
      ('601', '15', 2023, 2026), ('604', '08', 2023, 2026), ('607', '14', 2023, 2026), ('608', '06', 2023, 2026),
      ('609', '06', 2023, 2026), ('611', '02', 2023, 2026), ('614', '21', 2023, 2026), ('615', '19', 2023, 2026),
      ('616', '01', 2023, 2026), ('619', '08', 2023, 2026), ('620', '20', 2023, 2026), ('623', '12', 2023, 2026),
      ('624', '10', 2023, 2026), ('625', '19', 2023, 2026), ('626', '19', 2023, 2026), ('630', '19', 2023, 2026),
      ('631', '05', 2023, 2026), ('635', '08', 2023, 2026), ('636', '05', 2023, 2026), ('638', '01', 2023, 2026),
      ('678', '19', 2023, 2026), ('680', '05', 2023, 2026), ('681', '12', 2023, 2026), ('683', '21', 2023, 2026),
      ('684', '06', 2023, 2026), ('686', '13', 2023, 2026), ('687', '13', 2023, 2026), ('689', '11', 2023, 2026),
      ('691', '19', 2023, 2026), ('694', '07', 2023, 2026), ('697', '20', 2023, 2026), ('698', '21', 2023, 2026),
      ('700', '11', 2023, 2026), ('702', '08', 2023, 2026), ('704', '05', 2023, 2026), ('707', '14', 2023, 2026),
      ('710', '03', 2023, 2026), ('729', '15', 2023, 2026), ('732', '21', 2023, 2026), ('734', '05', 2023, 2026),
      ('736', '91', 2023, 2026), ('738', '05', 2023, 2026), ('739', '11', 2023, 2026), ('740', '12', 2023, 2026),
      ('742', '21', 2023, 2026), ('743', '16', 2023, 2026), ('746', '19', 2023, 2026), ('747', '06', 2023, 2026),
      ('748', '19', 2023, 2026), ('749', '13', 2023, 2026), ('751', '21', 2023, 2026), ('753', '01', 2023, 2026),
      ('755', '03', 2023, 2026), ('758', '21', 2023, 2026), ('759', '16', 2023, 2026), ('761', '05', 2023, 2026),
      ('762', '13', 2023, 2026), ('765', '20', 2023, 2026), ('766', '91', 2023, 2026), ('768', '12', 2023, 2026),
      ('771', '91', 2023, 2026), ('777', '20', 2023, 2026), ('778', '13', 2023, 2026), ('781', '09', 2023, 2026),
      ('783', '06', 2023, 2026), ('785', '19', 2023, 2026), ('790', '08', 2023, 2026), ('791', '19', 2023, 2026),
      ('831', '11', 2023, 2026), ('832', '19', 2023, 2026), ('833', '05', 2023, 2026), ('834', '07', 2023, 2026),
      ('837', '08', 2023, 2026), ('844', '13', 2023, 2026), ('845', '21', 2023, 2026), ('846', '16', 2023, 2026),
      ('848', '14', 2023, 2026), ('849', '18', 2023, 2026), ('850', '15', 2023, 2026), ('851', '21', 2023, 2026),
      ('853', '05', 2023, 2026), ('854', '21', 2023, 2026), ('857', '13', 2023, 2026), ('858', '02', 2023, 2026),
      ('859', '19', 2023, 2026), ('886', '06', 2023, 2026), ('887', '08', 2023, 2026), ('889', '19', 2023, 2026),
      ('890', '21', 2023, 2026), ('892', '15', 2023, 2026), ('893', '17', 2023, 2026), ('895', '05', 2023, 2026),
      ('905', '17', 2023, 2026), ('908', '08', 2023, 2026), ('915', '13', 2023, 2026), ('918', '05', 2023, 2026),
      ('921', '13', 2023, 2026), ('922', '08', 2023, 2026), ('924', '18', 2023, 2026), ('925', '13', 2023, 2026),
      ('927', '03', 2023, 2026), ('931', '15', 2023, 2026), ('934', '16', 2023, 2026), ('935', '10', 2023, 2026),
      ('936', '08', 2023, 2026), ('941', '91', 2023, 2026), ('946', '17', 2023, 2026), ('976', '21', 2023, 2026),
      ('977', '19', 2023, 2026), ('980', '08', 2023, 2026), ('981', '07', 2023, 2026), ('989', '16', 2023, 2026),
      ('992', '15', 2023, 2026)
    ) AS "__m" ("municipality", "organizer", "first_year", "last_year")
  JOIN (VALUES (2023), (2024), (2025), (2026)) AS "__y" ("year")
    ON "__y"."year" BETWEEN "__m"."first_year" AND "__m"."last_year"
),
"staff_fte_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("professional_group" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("professional_group" AS VARCHAR), ' ')
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(9))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(10))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(12))
          OR suffix(CAST("professional_group" AS VARCHAR), CHR(13))
        )
        THEN CAST("professional_group" AS VARCHAR)
      ELSE NULLIF(trim(CAST("professional_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "professional_group",
    COALESCE(contains(CAST("professional_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_professional_group",
    CASE
      WHEN ord(CAST("fte" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("fte" AS VARCHAR), ' ')
          OR suffix(CAST("fte" AS VARCHAR), CHR(9))
          OR suffix(CAST("fte" AS VARCHAR), CHR(10))
          OR suffix(CAST("fte" AS VARCHAR), CHR(12))
          OR suffix(CAST("fte" AS VARCHAR), CHR(13))
        )
        THEN CAST("fte" AS VARCHAR)
      ELSE NULLIF(trim(CAST("fte" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "fte",
    COALESCE(contains(CAST("fte" AS VARCHAR), CHR(0)), FALSE) AS "__nul_fte"
  FROM "staff_fte"
),
"staff_fte_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'practical_nurse' THEN 'practical_nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'social_worker' THEN 'social_worker'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_fte" THEN 'invalid_format'
      WHEN "fte" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("fte", '-?[0-9]+([.,][0-9]+)?') THEN 'invalid_format'
      WHEN (
          SUBSTR("fte", 1, 1) = '-'
          AND (
            LTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    1,
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                  )
                ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
              END,
              '0'
            ) <> ''
            OR RTRIM(
              CASE
                WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                  THEN SUBSTR(
                    REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                    POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                  )
                ELSE ''
              END,
              '0'
            ) <> ''
          )
        )
        OR length(
          LTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  1,
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                )
              ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
            END,
            '0'
          )
        ) > 18
        OR length(
          RTRIM(
            CASE
              WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                THEN SUBSTR(
                  REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                  POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                )
              ELSE ''
            END,
            '0'
          )
        ) > 6
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_fte"
  FROM "staff_fte_source"
),
"staff_fte_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_organizer_code",
    "__e_year",
    "__e_professional_group",
    "__e_fte",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'practical_nurse' THEN 'practical_nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'social_worker' THEN 'social_worker'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'practical_nurse' THEN 'practical_nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'social_worker' THEN 'social_worker'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_fte" IS NOT NULL THEN NULL
      WHEN "fte" IS NULL THEN NULL
      ELSE CAST(
        CASE
          WHEN (
              LTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      1,
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) - 1
                    )
                  ELSE REPLACE(REPLACE("fte", ',', '.'), '-', '')
                END,
                '0'
              ) <> ''
              OR RTRIM(
                CASE
                  WHEN POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) > 0
                    THEN SUBSTR(
                      REPLACE(REPLACE("fte", ',', '.'), '-', ''),
                      POSITION('.' IN REPLACE(REPLACE("fte", ',', '.'), '-', '')) + 1
                    )
                  ELSE ''
                END,
                '0'
              ) <> ''
            )
            THEN REPLACE("fte", ',', '.')
          ELSE '0'
        END AS DECIMAL(38,6)
      )
    END AS "__v_fte"
  FROM "staff_fte_field_reasons"
),
"staff_fte_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_organizer_code",
      "v"."__e_year",
      "v"."__e_professional_group",
      "v"."__e_fte"
    ) AS "__reason",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_year" AS "year",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_fte" AS "fte"
  FROM "staff_fte_values" AS "v"
),
"staff_fte_rows" AS MATERIALIZED (
  SELECT
    "__row",
    "__reason" AS "__reason",
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_checked"
),
"staff_fte_valid" AS MATERIALIZED (
  SELECT
    "organizer_code",
    "year",
    "professional_group",
    "fte"
  FROM "staff_fte_rows"
  WHERE "__reason" IS NULL
),
"population_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("year" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("year" AS VARCHAR), ' ')
          OR suffix(CAST("year" AS VARCHAR), CHR(9))
          OR suffix(CAST("year" AS VARCHAR), CHR(10))
          OR suffix(CAST("year" AS VARCHAR), CHR(12))
          OR suffix(CAST("year" AS VARCHAR), CHR(13))
        )
        THEN CAST("year" AS VARCHAR)
      ELSE NULLIF(trim(CAST("year" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "year",
    COALESCE(contains(CAST("year" AS VARCHAR), CHR(0)), FALSE) AS "__nul_year",
    CASE
      WHEN ord(CAST("municipality_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("municipality_code" AS VARCHAR), ' ')
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("municipality_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("municipality_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("municipality_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "municipality_code",
    COALESCE(contains(CAST("municipality_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_municipality_code",
    CASE
      WHEN ord(CAST("organizer_code" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("organizer_code" AS VARCHAR), ' ')
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(9))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(10))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(12))
          OR suffix(CAST("organizer_code" AS VARCHAR), CHR(13))
        )
        THEN CAST("organizer_code" AS VARCHAR)
      ELSE NULLIF(trim(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "organizer_code",
    COALESCE(contains(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    CASE
      WHEN ord(CAST("age" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("age" AS VARCHAR), ' ')
          OR suffix(CAST("age" AS VARCHAR), CHR(9))
          OR suffix(CAST("age" AS VARCHAR), CHR(10))
          OR suffix(CAST("age" AS VARCHAR), CHR(12))
          OR suffix(CAST("age" AS VARCHAR), CHR(13))
        )
        THEN CAST("age" AS VARCHAR)
      ELSE NULLIF(trim(CAST("age" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "age",
    COALESCE(contains(CAST("age" AS VARCHAR), CHR(0)), FALSE) AS "__nul_age",
    CASE
      WHEN ord(CAST("sex" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("sex" AS VARCHAR), ' ')
          OR suffix(CAST("sex" AS VARCHAR), CHR(9))
          OR suffix(CAST("sex" AS VARCHAR), CHR(10))
          OR suffix(CAST("sex" AS VARCHAR), CHR(12))
          OR suffix(CAST("sex" AS VARCHAR), CHR(13))
        )
        THEN CAST("sex" AS VARCHAR)
      ELSE NULLIF(trim(CAST("sex" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "sex",
    COALESCE(contains(CAST("sex" AS VARCHAR), CHR(0)), FALSE) AS "__nul_sex",
    CASE
      WHEN ord(CAST("count" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("count" AS VARCHAR), ' ')
          OR suffix(CAST("count" AS VARCHAR), CHR(9))
          OR suffix(CAST("count" AS VARCHAR), CHR(10))
          OR suffix(CAST("count" AS VARCHAR), CHR(12))
          OR suffix(CAST("count" AS VARCHAR), CHR(13))
        )
        THEN CAST("count" AS VARCHAR)
      ELSE NULLIF(trim(CAST("count" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "count",
    COALESCE(contains(CAST("count" AS VARCHAR), CHR(0)), FALSE) AS "__nul_count"
  FROM "population"
),
"population_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_year" THEN 'invalid_format'
      WHEN "year" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("year", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("year", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("year" AS DECIMAL(38,0)) < 1990 OR CAST("year" AS DECIMAL(38,0)) > 2100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_year",
    CASE
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN CASE WHEN "organizer_code" IS NULL THEN 'missing' ELSE NULL END
      WHEN NOT regexp_full_match("municipality_code", '[0-9]{1,3}') THEN 'invalid_format'
      ELSE NULL
    END AS "__e_municipality_code",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN NULL
      WHEN CASE
          WHEN length("organizer_code") <> 11 THEN FALSE
          WHEN regexp_full_match("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("organizer_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("organizer_code", 1, 6) || SUBSTR("organizer_code", 8, 3) AS BIGINT) % 31 AS INTEGER)
              + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      WHEN NOT regexp_full_match("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
      WHEN LPAD(
          "organizer_code",
          2,
          '0'
        ) NOT IN (
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '90',
          '91'
        )
        THEN 'unknown_code'
      ELSE NULL
    END AS "__e_organizer_code",
    CASE
      WHEN "__nul_age" THEN 'invalid_format'
      WHEN "age" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("age", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("age", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("age" AS DECIMAL(38,0)) < 0 OR CAST("age" AS DECIMAL(38,0)) > 100 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_age",
    CASE
      WHEN "__nul_sex" THEN 'invalid_format'
      WHEN "sex" IS NULL THEN 'missing'
      WHEN CASE "sex"
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE CASE LOWER("sex")
            WHEN 'male' THEN 'male'
            WHEN 'female' THEN 'female'
            WHEN 'unknown' THEN 'unknown'
            WHEN '1' THEN 'male'
            WHEN 'm' THEN 'male'
            WHEN '2' THEN 'female'
            WHEN 'f' THEN 'female'
            WHEN 'n' THEN 'female'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_sex",
    CASE
      WHEN "__nul_count" THEN 'invalid_format'
      WHEN "count" IS NULL THEN 'missing'
      WHEN NOT regexp_full_match("count", '-?[0-9]+') THEN 'invalid_format'
      WHEN length(LTRIM(REPLACE("count", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN CAST("count" AS DECIMAL(38,0)) < 0 THEN 'out_of_range'
      ELSE NULL
    END AS "__e_count"
  FROM "population_source"
),
"population_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_year",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_age",
    "__e_sex",
    "__e_count",
    CASE
      WHEN "__e_year" IS NOT NULL THEN NULL
      WHEN "year" IS NULL THEN NULL
      ELSE CAST("year" AS BIGINT)
    END AS "__v_year",
    CASE
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE WHEN "__e_age" IS NOT NULL THEN NULL WHEN "age" IS NULL THEN NULL ELSE CAST("age" AS BIGINT) END AS "__v_age",
    CASE
      WHEN "__e_sex" IS NOT NULL THEN NULL
      WHEN "sex" IS NULL THEN NULL
      ELSE CASE "sex"
        WHEN 'male' THEN 'male'
        WHEN 'female' THEN 'female'
        WHEN 'unknown' THEN 'unknown'
        WHEN '1' THEN 'male'
        WHEN 'm' THEN 'male'
        WHEN '2' THEN 'female'
        WHEN 'f' THEN 'female'
        WHEN 'n' THEN 'female'
        ELSE CASE LOWER("sex")
          WHEN 'male' THEN 'male'
          WHEN 'female' THEN 'female'
          WHEN 'unknown' THEN 'unknown'
          WHEN '1' THEN 'male'
          WHEN 'm' THEN 'male'
          WHEN '2' THEN 'female'
          WHEN 'f' THEN 'female'
          WHEN 'n' THEN 'female'
          ELSE NULL
        END
      END
    END AS "__v_sex",
    CASE
      WHEN "__e_count" IS NOT NULL THEN NULL
      WHEN "count" IS NULL THEN NULL
      ELSE CAST("count" AS BIGINT)
    END AS "__v_count"
  FROM "population_field_reasons"
),
"population_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_year",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (CASE WHEN "v"."__v_year" IS NULL THEN "any"."municipality" IS NULL ELSE "mc"."organizer" IS NULL END)
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_age",
      "v"."__e_sex",
      "v"."__e_count",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END
    ) AS "__reason",
    "v"."__v_year" AS "year",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_age" AS "age",
    "v"."__v_sex" AS "sex",
    "v"."__v_count" AS "count"
  FROM "population_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN "v"."__v_year" < 2023 THEN 2023
    WHEN "v"."__v_year" > 2026 THEN 2026
    ELSE "v"."__v_year"
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"population_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER(

        ) OVER (
          PARTITION BY ("__reason" IS NULL),
          "year",
          COALESCE("municipality_code", 'organizer ' || "organizer_code"),
          "age",
          "sex" ORDER BY "__row"
        ) > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_checked"
),
"population_valid" AS MATERIALIZED (
  SELECT
    "year",
    "municipality_code",
    "organizer_code",
    "age",
    "sex",
    "count"
  FROM "population_rows"
  WHERE "__reason" IS NULL
)
SELECT 'staff_fte' AS "concept", "__reason" AS "reason", COUNT(*) AS "rows"
FROM "staff_fte_rows"
GROUP BY "__reason"
UNION ALL
SELECT 'population' AS "concept", "__reason" AS "reason", COUNT(*) AS "rows"
FROM "population_rows"
GROUP BY "__reason";
