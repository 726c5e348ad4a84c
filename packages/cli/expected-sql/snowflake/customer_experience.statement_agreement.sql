-- customer_experience.statement_agreement 1.0.0, period 2024, by organizer, dialect snowflake
-- definition sha256:7563d4cce3003ef1a41b79085825a3d95c9b1171b659d2551755da75427461f3
-- Runs on the raw tables (text or typed columns): each concept's rows are validated first (F1-F14, F34),
-- one CTE per step, and only the valid rows are computed. The tables need a column per field.

-- result cells: dimensions d0…, numerator, denominator, magnitude, negative, suppressed, join_missing
-- bind parameters, in order:
--   1: '2024-01-01'
--   2: '2024-12-31'
--   3: 'S1'
--   4: 'S2'
--   5: 'S3'
--   6: 'S4'
--   7: 'S5'
--   8: 'S6'
--   9: 'S7'
--   10: 'question_code'
--   11: 'eos'
--   12: 'cannot_say'
--   13: '4'
--   14: '5'
--   15: 'customer_feedback_answer'
WITH
"__municipality_classification" AS (
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
"customer_feedback_answer_source" AS (
  SELECT
    ROW_NUMBER() OVER (ORDER BY NULL) AS "__row",
    NULLIF(TRIM(CAST("response_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "response_id",
    COALESCE(CONTAINS(CAST("response_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_id",
    NULLIF(
      TRIM(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "organizer_code",
    COALESCE(CONTAINS(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    NULLIF(TRIM(CAST("service_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "service_code",
    COALESCE(CONTAINS(CAST("service_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_code",
    NULLIF(
      TRIM(CAST("response_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "response_date",
    COALESCE(CONTAINS(CAST("response_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_date",
    NULLIF(
      TRIM(CAST("respondent_age_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "respondent_age_group",
    COALESCE(CONTAINS(CAST("respondent_age_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_respondent_age_group",
    NULLIF(
      TRIM(CAST("question_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "question_code",
    COALESCE(CONTAINS(CAST("question_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_question_code",
    NULLIF(TRIM(CAST("answer" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "answer",
    COALESCE(CONTAINS(CAST("answer" AS VARCHAR), CHR(0)), FALSE) AS "__nul_answer"
  FROM "customer_feedback_answer"
),
"customer_feedback_answer_field_reasons" AS (
  SELECT
    *,
    CASE
      WHEN "__nul_response_id" THEN 'invalid_format'
      WHEN "response_id" IS NULL THEN 'missing'
      WHEN LENGTH("response_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("response_id") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("response_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("response_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("response_id", 1, 6) || SUBSTR("response_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_response_id",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN LENGTH("organizer_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
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
      WHEN NOT REGEXP_LIKE("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
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
      WHEN "__nul_service_code" THEN 'invalid_format'
      WHEN "service_code" IS NULL THEN 'missing'
      WHEN LENGTH("service_code") > 20 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("service_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("service_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("service_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("service_code", 1, 6) || SUBSTR("service_code", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_service_code",
    CASE
      WHEN "__nul_response_date" THEN 'invalid_format'
      WHEN "response_date" IS NULL THEN 'missing'
      WHEN NOT REGEXP_LIKE(
          "response_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("response_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("response_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("response_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN LENGTH("response_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("response_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("response_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("response_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                            THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                          ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_response_date",
    CASE
      WHEN "__nul_respondent_age_group" THEN 'invalid_format'
      WHEN "respondent_age_group" IS NULL THEN NULL
      WHEN CASE LOWER("respondent_age_group")
          WHEN '7-12' THEN '7-12'
          WHEN '13-17' THEN '13-17'
          WHEN '18-64' THEN '18-64'
          WHEN '65+' THEN '65+'
          WHEN 'unknown' THEN 'unknown'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_respondent_age_group",
    CASE
      WHEN "__nul_question_code" THEN 'invalid_format'
      WHEN "question_code" IS NULL THEN 'missing'
      WHEN CASE LOWER("question_code")
          WHEN 'nps' THEN 'nps'
          WHEN 's1' THEN 'S1'
          WHEN 's2' THEN 'S2'
          WHEN 's3' THEN 'S3'
          WHEN 's4' THEN 'S4'
          WHEN 's5' THEN 'S5'
          WHEN 's6' THEN 'S6'
          WHEN 's7' THEN 'S7'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_question_code",
    CASE
      WHEN "__nul_answer" THEN 'invalid_format'
      WHEN "answer" IS NULL THEN 'missing'
      WHEN NOT (LOWER("answer") = 'eos' OR REGEXP_LIKE("answer", '-?[0-9]+')) THEN 'invalid_format'
      WHEN LOWER("answer") = 'eos' THEN CASE WHEN LOWER("question_code") = 'nps' THEN 'out_of_range' ELSE NULL END
      WHEN LENGTH(LTRIM(REPLACE("answer", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN LOWER("question_code") = 'nps' AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 0 AND 10 THEN 'out_of_range'
      WHEN COALESCE(NOT LOWER("question_code") = 'nps', TRUE) AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 1 AND 5
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_answer"
  FROM "customer_feedback_answer_source"
),
"customer_feedback_answer_values" AS (
  SELECT
    "__row",
    "__e_response_id",
    "__e_organizer_code",
    "__e_service_code",
    "__e_response_date",
    "__e_respondent_age_group",
    "__e_question_code",
    "__e_answer",
    CASE
      WHEN "__e_response_id" IS NOT NULL THEN NULL
      WHEN "response_id" IS NULL THEN NULL
      ELSE "response_id"
    END AS "__v_response_id",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_code" IS NOT NULL THEN NULL
      WHEN "service_code" IS NULL THEN NULL
      ELSE "service_code"
    END AS "__v_service_code",
    CASE
      WHEN "__e_response_date" IS NOT NULL THEN NULL
      WHEN "response_date" IS NULL THEN NULL
      ELSE CASE
        WHEN LENGTH("response_date") = 10 THEN CAST(SUBSTR("response_date", 1, 10) AS DATE)
        WHEN REGEXP_LIKE("response_date", '.*[Zz]')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ) - (
                  CASE
                    WHEN CASE
                        WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                          THEN SUBSTR("response_date", LENGTH("response_date") - 5, 1)
                        ELSE SUBSTR("response_date", LENGTH("response_date") - 4, 1)
                      END = '-'
                      THEN -1
                    ELSE 1
                  END
                ) * (
                  CAST(
                    CASE
                      WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                        THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                      ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                    END AS INTEGER
                  ) * 3600
                  + CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) * 60
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("response_date", 1, 10) AS DATE)
      END
    END AS "__v_response_date",
    CASE
      WHEN "__e_respondent_age_group" IS NOT NULL THEN NULL
      WHEN "respondent_age_group" IS NULL THEN 'unknown'
      ELSE CASE LOWER("respondent_age_group")
        WHEN '7-12' THEN '7-12'
        WHEN '13-17' THEN '13-17'
        WHEN '18-64' THEN '18-64'
        WHEN '65+' THEN '65+'
        WHEN 'unknown' THEN 'unknown'
        ELSE NULL
      END
    END AS "__v_respondent_age_group",
    CASE
      WHEN "__e_question_code" IS NOT NULL THEN NULL
      WHEN "question_code" IS NULL THEN NULL
      ELSE CASE LOWER("question_code")
        WHEN 'nps' THEN 'nps'
        WHEN 's1' THEN 'S1'
        WHEN 's2' THEN 'S2'
        WHEN 's3' THEN 'S3'
        WHEN 's4' THEN 'S4'
        WHEN 's5' THEN 'S5'
        WHEN 's6' THEN 'S6'
        WHEN 's7' THEN 'S7'
        ELSE NULL
      END
    END AS "__v_question_code",
    CASE
      WHEN "__e_answer" IS NOT NULL THEN NULL
      WHEN "answer" IS NULL THEN NULL
      ELSE CASE WHEN LOWER("answer") = 'eos' THEN 'eos' ELSE CAST(CAST("answer" AS BIGINT) AS VARCHAR) END
    END AS "__v_answer"
  FROM "customer_feedback_answer_field_reasons"
),
"customer_feedback_answer_checked" AS (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_response_id",
      "v"."__e_organizer_code",
      "v"."__e_service_code",
      "v"."__e_response_date",
      "v"."__e_respondent_age_group",
      "v"."__e_question_code",
      "v"."__e_answer"
    ) AS "__reason",
    "v"."__v_response_id" AS "response_id",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_service_code" AS "service_code",
    "v"."__v_response_date" AS "response_date",
    "v"."__v_respondent_age_group" AS "respondent_age_group",
    "v"."__v_question_code" AS "question_code",
    "v"."__v_answer" AS "answer"
  FROM "customer_feedback_answer_values" AS "v"
),
"customer_feedback_answer_rows" AS (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "response_id", "question_code" ORDER BY "__row") > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_checked"
),
"customer_feedback_answer_valid" AS (
  SELECT
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("answer" AS VARCHAR) AS "answer",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("question_code" AS VARCHAR) AS "question_code",
    CAST("response_date" AS DATE) AS "response_date"
  FROM "customer_feedback_answer_valid"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("response_date" >= CAST(:1 AS DATE) AND "response_date" <= CAST(:2 AS DATE), FALSE)
        THEN 'outside_period'
      WHEN NOT COALESCE(
          (
            "question_code" IN (
              CAST(:3 AS VARCHAR),
              CAST(:4 AS VARCHAR),
              CAST(:5 AS VARCHAR),
              CAST(:6 AS VARCHAR),
              CAST(:7 AS VARCHAR),
              CAST(:8 AS VARCHAR),
              CAST(:9 AS VARCHAR)
            )
          ),
          FALSE
        )
        THEN CAST(:10 AS VARCHAR)
      WHEN NOT COALESCE(("answer" <> CAST(:11 AS VARCHAR)), FALSE) THEN CAST(:12 AS VARCHAR)
      ELSE NULL
    END AS "__exclusion",
    TO_VARCHAR("organizer_code") AS "__d0",
    TO_VARCHAR("question_code") AS "__d1",
    COALESCE(("answer" IN (CAST(:13 AS VARCHAR), CAST(:14 AS VARCHAR))), FALSE) AS "__num_hit",
    1 AS "__num_value",
    TRUE AS "__den_hit",
    1 AS "__den_value"
  FROM "__base"
),
"__cells" AS (
  SELECT
    "__d0",
    "__d1",
    COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows",
    COALESCE(SUM(CASE WHEN "__den_hit" THEN "__den_value" END), 0) AS "den",
    SUM(CASE WHEN "__den_hit" THEN 1 ELSE 0 END) AS "den_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0", "__d1"
),
"__concepts" AS (
  SELECT CAST(:15 AS VARCHAR) AS "main"
)
SELECT
  "__cells"."__d0",
  "__cells"."__d1",
  TO_VARCHAR("__cells"."num") AS "numerator",
  TO_VARCHAR("__cells"."den") AS "denominator",
  TO_VARCHAR(
    CASE
      WHEN CAST("__cells"."den" AS NUMBER(38,0)) = 0 OR (CAST("__cells"."num" AS NUMBER(38,0)) * 1000) IS NULL THEN NULL
      ELSE TRUNC(
        (
          2 * ABS((CAST("__cells"."num" AS NUMBER(38,0)) * 1000)) + ABS(CAST("__cells"."den" AS NUMBER(38,0)))
        ) / (2 * ABS(CAST("__cells"."den" AS NUMBER(38,0))))
      )
    END
  ) AS "magnitude",
  CASE
    WHEN ((CAST("__cells"."num" AS NUMBER(38,0)) * 1000) < 0) <> (CAST("__cells"."den" AS NUMBER(38,0)) < 0) THEN 1
    ELSE 0
  END AS "negative",
  COALESCE("__cells"."den_rows" BETWEEN 1 AND 4, FALSE) AS "suppressed",
  NULL AS "join_missing"
FROM "__cells";

-- input accounting: valid rows per exclusion reason
-- bind parameters, in order:
--   1: '2024-01-01'
--   2: '2024-12-31'
--   3: 'S1'
--   4: 'S2'
--   5: 'S3'
--   6: 'S4'
--   7: 'S5'
--   8: 'S6'
--   9: 'S7'
--   10: 'question_code'
--   11: 'eos'
--   12: 'cannot_say'
--   13: '4'
--   14: '5'
--   15: 'customer_feedback_answer'
WITH
"__municipality_classification" AS (
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
"customer_feedback_answer_source" AS (
  SELECT
    ROW_NUMBER() OVER (ORDER BY NULL) AS "__row",
    NULLIF(TRIM(CAST("response_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "response_id",
    COALESCE(CONTAINS(CAST("response_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_id",
    NULLIF(
      TRIM(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "organizer_code",
    COALESCE(CONTAINS(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    NULLIF(TRIM(CAST("service_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "service_code",
    COALESCE(CONTAINS(CAST("service_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_code",
    NULLIF(
      TRIM(CAST("response_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "response_date",
    COALESCE(CONTAINS(CAST("response_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_date",
    NULLIF(
      TRIM(CAST("respondent_age_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "respondent_age_group",
    COALESCE(CONTAINS(CAST("respondent_age_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_respondent_age_group",
    NULLIF(
      TRIM(CAST("question_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "question_code",
    COALESCE(CONTAINS(CAST("question_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_question_code",
    NULLIF(TRIM(CAST("answer" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "answer",
    COALESCE(CONTAINS(CAST("answer" AS VARCHAR), CHR(0)), FALSE) AS "__nul_answer"
  FROM "customer_feedback_answer"
),
"customer_feedback_answer_field_reasons" AS (
  SELECT
    *,
    CASE
      WHEN "__nul_response_id" THEN 'invalid_format'
      WHEN "response_id" IS NULL THEN 'missing'
      WHEN LENGTH("response_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("response_id") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("response_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("response_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("response_id", 1, 6) || SUBSTR("response_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_response_id",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN LENGTH("organizer_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
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
      WHEN NOT REGEXP_LIKE("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
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
      WHEN "__nul_service_code" THEN 'invalid_format'
      WHEN "service_code" IS NULL THEN 'missing'
      WHEN LENGTH("service_code") > 20 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("service_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("service_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("service_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("service_code", 1, 6) || SUBSTR("service_code", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_service_code",
    CASE
      WHEN "__nul_response_date" THEN 'invalid_format'
      WHEN "response_date" IS NULL THEN 'missing'
      WHEN NOT REGEXP_LIKE(
          "response_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("response_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("response_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("response_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN LENGTH("response_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("response_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("response_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("response_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                            THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                          ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_response_date",
    CASE
      WHEN "__nul_respondent_age_group" THEN 'invalid_format'
      WHEN "respondent_age_group" IS NULL THEN NULL
      WHEN CASE LOWER("respondent_age_group")
          WHEN '7-12' THEN '7-12'
          WHEN '13-17' THEN '13-17'
          WHEN '18-64' THEN '18-64'
          WHEN '65+' THEN '65+'
          WHEN 'unknown' THEN 'unknown'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_respondent_age_group",
    CASE
      WHEN "__nul_question_code" THEN 'invalid_format'
      WHEN "question_code" IS NULL THEN 'missing'
      WHEN CASE LOWER("question_code")
          WHEN 'nps' THEN 'nps'
          WHEN 's1' THEN 'S1'
          WHEN 's2' THEN 'S2'
          WHEN 's3' THEN 'S3'
          WHEN 's4' THEN 'S4'
          WHEN 's5' THEN 'S5'
          WHEN 's6' THEN 'S6'
          WHEN 's7' THEN 'S7'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_question_code",
    CASE
      WHEN "__nul_answer" THEN 'invalid_format'
      WHEN "answer" IS NULL THEN 'missing'
      WHEN NOT (LOWER("answer") = 'eos' OR REGEXP_LIKE("answer", '-?[0-9]+')) THEN 'invalid_format'
      WHEN LOWER("answer") = 'eos' THEN CASE WHEN LOWER("question_code") = 'nps' THEN 'out_of_range' ELSE NULL END
      WHEN LENGTH(LTRIM(REPLACE("answer", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN LOWER("question_code") = 'nps' AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 0 AND 10 THEN 'out_of_range'
      WHEN COALESCE(NOT LOWER("question_code") = 'nps', TRUE) AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 1 AND 5
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_answer"
  FROM "customer_feedback_answer_source"
),
"customer_feedback_answer_values" AS (
  SELECT
    "__row",
    "__e_response_id",
    "__e_organizer_code",
    "__e_service_code",
    "__e_response_date",
    "__e_respondent_age_group",
    "__e_question_code",
    "__e_answer",
    CASE
      WHEN "__e_response_id" IS NOT NULL THEN NULL
      WHEN "response_id" IS NULL THEN NULL
      ELSE "response_id"
    END AS "__v_response_id",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_code" IS NOT NULL THEN NULL
      WHEN "service_code" IS NULL THEN NULL
      ELSE "service_code"
    END AS "__v_service_code",
    CASE
      WHEN "__e_response_date" IS NOT NULL THEN NULL
      WHEN "response_date" IS NULL THEN NULL
      ELSE CASE
        WHEN LENGTH("response_date") = 10 THEN CAST(SUBSTR("response_date", 1, 10) AS DATE)
        WHEN REGEXP_LIKE("response_date", '.*[Zz]')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ) - (
                  CASE
                    WHEN CASE
                        WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                          THEN SUBSTR("response_date", LENGTH("response_date") - 5, 1)
                        ELSE SUBSTR("response_date", LENGTH("response_date") - 4, 1)
                      END = '-'
                      THEN -1
                    ELSE 1
                  END
                ) * (
                  CAST(
                    CASE
                      WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                        THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                      ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                    END AS INTEGER
                  ) * 3600
                  + CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) * 60
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("response_date", 1, 10) AS DATE)
      END
    END AS "__v_response_date",
    CASE
      WHEN "__e_respondent_age_group" IS NOT NULL THEN NULL
      WHEN "respondent_age_group" IS NULL THEN 'unknown'
      ELSE CASE LOWER("respondent_age_group")
        WHEN '7-12' THEN '7-12'
        WHEN '13-17' THEN '13-17'
        WHEN '18-64' THEN '18-64'
        WHEN '65+' THEN '65+'
        WHEN 'unknown' THEN 'unknown'
        ELSE NULL
      END
    END AS "__v_respondent_age_group",
    CASE
      WHEN "__e_question_code" IS NOT NULL THEN NULL
      WHEN "question_code" IS NULL THEN NULL
      ELSE CASE LOWER("question_code")
        WHEN 'nps' THEN 'nps'
        WHEN 's1' THEN 'S1'
        WHEN 's2' THEN 'S2'
        WHEN 's3' THEN 'S3'
        WHEN 's4' THEN 'S4'
        WHEN 's5' THEN 'S5'
        WHEN 's6' THEN 'S6'
        WHEN 's7' THEN 'S7'
        ELSE NULL
      END
    END AS "__v_question_code",
    CASE
      WHEN "__e_answer" IS NOT NULL THEN NULL
      WHEN "answer" IS NULL THEN NULL
      ELSE CASE WHEN LOWER("answer") = 'eos' THEN 'eos' ELSE CAST(CAST("answer" AS BIGINT) AS VARCHAR) END
    END AS "__v_answer"
  FROM "customer_feedback_answer_field_reasons"
),
"customer_feedback_answer_checked" AS (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_response_id",
      "v"."__e_organizer_code",
      "v"."__e_service_code",
      "v"."__e_response_date",
      "v"."__e_respondent_age_group",
      "v"."__e_question_code",
      "v"."__e_answer"
    ) AS "__reason",
    "v"."__v_response_id" AS "response_id",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_service_code" AS "service_code",
    "v"."__v_response_date" AS "response_date",
    "v"."__v_respondent_age_group" AS "respondent_age_group",
    "v"."__v_question_code" AS "question_code",
    "v"."__v_answer" AS "answer"
  FROM "customer_feedback_answer_values" AS "v"
),
"customer_feedback_answer_rows" AS (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "response_id", "question_code" ORDER BY "__row") > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_checked"
),
"customer_feedback_answer_valid" AS (
  SELECT
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("answer" AS VARCHAR) AS "answer",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("question_code" AS VARCHAR) AS "question_code",
    CAST("response_date" AS DATE) AS "response_date"
  FROM "customer_feedback_answer_valid"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("response_date" >= CAST(:1 AS DATE) AND "response_date" <= CAST(:2 AS DATE), FALSE)
        THEN 'outside_period'
      WHEN NOT COALESCE(
          (
            "question_code" IN (
              CAST(:3 AS VARCHAR),
              CAST(:4 AS VARCHAR),
              CAST(:5 AS VARCHAR),
              CAST(:6 AS VARCHAR),
              CAST(:7 AS VARCHAR),
              CAST(:8 AS VARCHAR),
              CAST(:9 AS VARCHAR)
            )
          ),
          FALSE
        )
        THEN CAST(:10 AS VARCHAR)
      WHEN NOT COALESCE(("answer" <> CAST(:11 AS VARCHAR)), FALSE) THEN CAST(:12 AS VARCHAR)
      ELSE NULL
    END AS "__exclusion",
    TO_VARCHAR("organizer_code") AS "__d0",
    TO_VARCHAR("question_code") AS "__d1",
    COALESCE(("answer" IN (CAST(:13 AS VARCHAR), CAST(:14 AS VARCHAR))), FALSE) AS "__num_hit",
    1 AS "__num_value",
    TRUE AS "__den_hit",
    1 AS "__den_value"
  FROM "__base"
),
"__cells" AS (
  SELECT
    "__d0",
    "__d1",
    COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows",
    COALESCE(SUM(CASE WHEN "__den_hit" THEN "__den_value" END), 0) AS "den",
    SUM(CASE WHEN "__den_hit" THEN 1 ELSE 0 END) AS "den_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0", "__d1"
),
"__concepts" AS (
  SELECT CAST(:15 AS VARCHAR) AS "main"
)
SELECT (SELECT "main" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows"
FROM "__classified"
GROUP BY "__exclusion";

-- rejections: rows per rejection reason (NULL = valid); rows_read is their sum
WITH
"__municipality_classification" AS (
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
"customer_feedback_answer_source" AS (
  SELECT
    ROW_NUMBER() OVER (ORDER BY NULL) AS "__row",
    NULLIF(TRIM(CAST("response_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "response_id",
    COALESCE(CONTAINS(CAST("response_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_id",
    NULLIF(
      TRIM(CAST("organizer_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "organizer_code",
    COALESCE(CONTAINS(CAST("organizer_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_organizer_code",
    NULLIF(TRIM(CAST("service_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "service_code",
    COALESCE(CONTAINS(CAST("service_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_code",
    NULLIF(
      TRIM(CAST("response_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "response_date",
    COALESCE(CONTAINS(CAST("response_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_response_date",
    NULLIF(
      TRIM(CAST("respondent_age_group" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "respondent_age_group",
    COALESCE(CONTAINS(CAST("respondent_age_group" AS VARCHAR), CHR(0)), FALSE) AS "__nul_respondent_age_group",
    NULLIF(
      TRIM(CAST("question_code" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)),
      ''
    ) AS "question_code",
    COALESCE(CONTAINS(CAST("question_code" AS VARCHAR), CHR(0)), FALSE) AS "__nul_question_code",
    NULLIF(TRIM(CAST("answer" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '') AS "answer",
    COALESCE(CONTAINS(CAST("answer" AS VARCHAR), CHR(0)), FALSE) AS "__nul_answer"
  FROM "customer_feedback_answer"
),
"customer_feedback_answer_field_reasons" AS (
  SELECT
    *,
    CASE
      WHEN "__nul_response_id" THEN 'invalid_format'
      WHEN "response_id" IS NULL THEN 'missing'
      WHEN LENGTH("response_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("response_id") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("response_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("response_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("response_id", 1, 6) || SUBSTR("response_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_response_id",
    CASE
      WHEN "__nul_organizer_code" THEN 'invalid_format'
      WHEN "organizer_code" IS NULL THEN 'missing'
      WHEN CASE
          WHEN LENGTH("organizer_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("organizer_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
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
      WHEN NOT REGEXP_LIKE("organizer_code", '[0-9]{1,2}') THEN 'invalid_format'
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
      WHEN "__nul_service_code" THEN 'invalid_format'
      WHEN "service_code" IS NULL THEN 'missing'
      WHEN LENGTH("service_code") > 20 THEN 'too_long'
      WHEN CASE
          WHEN LENGTH("service_code") <> 11 THEN FALSE
          WHEN REGEXP_LIKE("service_code", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("service_code", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("service_code", 1, 6) || SUBSTR("service_code", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_service_code",
    CASE
      WHEN "__nul_response_date" THEN 'invalid_format'
      WHEN "response_date" IS NULL THEN 'missing'
      WHEN NOT REGEXP_LIKE(
          "response_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("response_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("response_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("response_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("response_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("response_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN LENGTH("response_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("response_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("response_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("response_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                            THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                          ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_response_date",
    CASE
      WHEN "__nul_respondent_age_group" THEN 'invalid_format'
      WHEN "respondent_age_group" IS NULL THEN NULL
      WHEN CASE LOWER("respondent_age_group")
          WHEN '7-12' THEN '7-12'
          WHEN '13-17' THEN '13-17'
          WHEN '18-64' THEN '18-64'
          WHEN '65+' THEN '65+'
          WHEN 'unknown' THEN 'unknown'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_respondent_age_group",
    CASE
      WHEN "__nul_question_code" THEN 'invalid_format'
      WHEN "question_code" IS NULL THEN 'missing'
      WHEN CASE LOWER("question_code")
          WHEN 'nps' THEN 'nps'
          WHEN 's1' THEN 'S1'
          WHEN 's2' THEN 'S2'
          WHEN 's3' THEN 'S3'
          WHEN 's4' THEN 'S4'
          WHEN 's5' THEN 'S5'
          WHEN 's6' THEN 'S6'
          WHEN 's7' THEN 'S7'
          ELSE NULL
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_question_code",
    CASE
      WHEN "__nul_answer" THEN 'invalid_format'
      WHEN "answer" IS NULL THEN 'missing'
      WHEN NOT (LOWER("answer") = 'eos' OR REGEXP_LIKE("answer", '-?[0-9]+')) THEN 'invalid_format'
      WHEN LOWER("answer") = 'eos' THEN CASE WHEN LOWER("question_code") = 'nps' THEN 'out_of_range' ELSE NULL END
      WHEN LENGTH(LTRIM(REPLACE("answer", '-', ''), '0')) > 15 THEN 'out_of_range'
      WHEN LOWER("question_code") = 'nps' AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 0 AND 10 THEN 'out_of_range'
      WHEN COALESCE(NOT LOWER("question_code") = 'nps', TRUE) AND CAST("answer" AS DECIMAL(38,0)) NOT BETWEEN 1 AND 5
        THEN 'out_of_range'
      ELSE NULL
    END AS "__e_answer"
  FROM "customer_feedback_answer_source"
),
"customer_feedback_answer_values" AS (
  SELECT
    "__row",
    "__e_response_id",
    "__e_organizer_code",
    "__e_service_code",
    "__e_response_date",
    "__e_respondent_age_group",
    "__e_question_code",
    "__e_answer",
    CASE
      WHEN "__e_response_id" IS NOT NULL THEN NULL
      WHEN "response_id" IS NULL THEN NULL
      ELSE "response_id"
    END AS "__v_response_id",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_code" IS NOT NULL THEN NULL
      WHEN "service_code" IS NULL THEN NULL
      ELSE "service_code"
    END AS "__v_service_code",
    CASE
      WHEN "__e_response_date" IS NOT NULL THEN NULL
      WHEN "response_date" IS NULL THEN NULL
      ELSE CASE
        WHEN LENGTH("response_date") = 10 THEN CAST(SUBSTR("response_date", 1, 10) AS DATE)
        WHEN REGEXP_LIKE("response_date", '.*[Zz]')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        WHEN REGEXP_LIKE("response_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            CONVERT_TIMEZONE(
              'UTC',
              'Europe/Helsinki',
              DATEADD(
                second,
                (
                  CAST(SUBSTR("response_date", 12, 2) AS INTEGER) * 3600
                  + CAST(SUBSTR("response_date", 15, 2) AS INTEGER) * 60
                  + CAST(SUBSTR("response_date", 18, 2) AS INTEGER)
                ) - (
                  CASE
                    WHEN CASE
                        WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                          THEN SUBSTR("response_date", LENGTH("response_date") - 5, 1)
                        ELSE SUBSTR("response_date", LENGTH("response_date") - 4, 1)
                      END = '-'
                      THEN -1
                    ELSE 1
                  END
                ) * (
                  CAST(
                    CASE
                      WHEN SUBSTR("response_date", LENGTH("response_date") - 2, 1) = ':'
                        THEN SUBSTR("response_date", LENGTH("response_date") - 4, 2)
                      ELSE SUBSTR("response_date", LENGTH("response_date") - 3, 2)
                    END AS INTEGER
                  ) * 3600
                  + CAST(SUBSTR("response_date", LENGTH("response_date") - 1, 2) AS INTEGER) * 60
                ),
                CAST(CAST(SUBSTR("response_date", 1, 10) AS DATE) AS TIMESTAMP_NTZ)
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("response_date", 1, 10) AS DATE)
      END
    END AS "__v_response_date",
    CASE
      WHEN "__e_respondent_age_group" IS NOT NULL THEN NULL
      WHEN "respondent_age_group" IS NULL THEN 'unknown'
      ELSE CASE LOWER("respondent_age_group")
        WHEN '7-12' THEN '7-12'
        WHEN '13-17' THEN '13-17'
        WHEN '18-64' THEN '18-64'
        WHEN '65+' THEN '65+'
        WHEN 'unknown' THEN 'unknown'
        ELSE NULL
      END
    END AS "__v_respondent_age_group",
    CASE
      WHEN "__e_question_code" IS NOT NULL THEN NULL
      WHEN "question_code" IS NULL THEN NULL
      ELSE CASE LOWER("question_code")
        WHEN 'nps' THEN 'nps'
        WHEN 's1' THEN 'S1'
        WHEN 's2' THEN 'S2'
        WHEN 's3' THEN 'S3'
        WHEN 's4' THEN 'S4'
        WHEN 's5' THEN 'S5'
        WHEN 's6' THEN 'S6'
        WHEN 's7' THEN 'S7'
        ELSE NULL
      END
    END AS "__v_question_code",
    CASE
      WHEN "__e_answer" IS NOT NULL THEN NULL
      WHEN "answer" IS NULL THEN NULL
      ELSE CASE WHEN LOWER("answer") = 'eos' THEN 'eos' ELSE CAST(CAST("answer" AS BIGINT) AS VARCHAR) END
    END AS "__v_answer"
  FROM "customer_feedback_answer_field_reasons"
),
"customer_feedback_answer_checked" AS (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_response_id",
      "v"."__e_organizer_code",
      "v"."__e_service_code",
      "v"."__e_response_date",
      "v"."__e_respondent_age_group",
      "v"."__e_question_code",
      "v"."__e_answer"
    ) AS "__reason",
    "v"."__v_response_id" AS "response_id",
    "v"."__v_organizer_code" AS "organizer_code",
    "v"."__v_service_code" AS "service_code",
    "v"."__v_response_date" AS "response_date",
    "v"."__v_respondent_age_group" AS "respondent_age_group",
    "v"."__v_question_code" AS "question_code",
    "v"."__v_answer" AS "answer"
  FROM "customer_feedback_answer_values" AS "v"
),
"customer_feedback_answer_rows" AS (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL
        AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "response_id", "question_code" ORDER BY "__row") > 1
        THEN 'duplicate_key'
      ELSE "__reason"
    END AS "__reason",
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_checked"
),
"customer_feedback_answer_valid" AS (
  SELECT
    "response_id",
    "organizer_code",
    "service_code",
    "response_date",
    "respondent_age_group",
    "question_code",
    "answer"
  FROM "customer_feedback_answer_rows"
  WHERE "__reason" IS NULL
)
SELECT 'customer_feedback_answer' AS "concept", "__reason" AS "reason", COUNT(*) AS "rows"
FROM "customer_feedback_answer_rows"
GROUP BY "__reason";
