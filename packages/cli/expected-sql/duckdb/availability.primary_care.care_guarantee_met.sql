-- availability.primary_care.care_guarantee_met 1.0.0, period 2024, by organizer, dialect duckdb
-- definition sha256:b001b0c30a26e0e6dc3ec20b0886ec917d7ee4fa7af564d09662abb188a0fcda
-- Runs on the raw tables (text or typed columns): each concept's rows are validated first (F1-F14, F34),
-- one CTE per step, and only the valid rows are computed. The tables need a column per field.

-- result cells: dimensions d0…, numerator, denominator, magnitude, negative, suppressed, join_missing
-- bind parameters, in order:
--   1: '2024-01-01'
--   2: '2024-12-31'
--   3: 'primary_care'
--   4: 'service_branch'
--   5: 'non_urgent'
--   6: 'urgency'
--   7: 'doctor'
--   8: 'nurse'
--   9: 'professional_group'
--   10: 'no_need_assessment'
--   11: '2023-08-31'
--   12: '2023-09-01'
--   13: '2024-12-31'
--   14: '2025-01-01'
--   15: '2025-01-01'
--   16: 'health_care_visit'
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
"health_care_visit_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("visit_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_id" AS VARCHAR), ' ')
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_id",
    COALESCE(contains(CAST("visit_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_id",
    CASE
      WHEN ord(CAST("client_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("client_id" AS VARCHAR), ' ')
          OR suffix(CAST("client_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("client_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("client_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "client_id",
    COALESCE(contains(CAST("client_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_client_id",
    CASE
      WHEN ord(CAST("birth_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("birth_date" AS VARCHAR), ' ')
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("birth_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("birth_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "birth_date",
    COALESCE(contains(CAST("birth_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_birth_date",
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
      WHEN ord(CAST("service_branch" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("service_branch" AS VARCHAR), ' ')
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(9))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(10))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(12))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(13))
        )
        THEN CAST("service_branch" AS VARCHAR)
      ELSE NULLIF(trim(CAST("service_branch" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "service_branch",
    COALESCE(contains(CAST("service_branch" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_branch",
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
      WHEN ord(CAST("urgency" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("urgency" AS VARCHAR), ' ')
          OR suffix(CAST("urgency" AS VARCHAR), CHR(9))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(10))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(12))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(13))
        )
        THEN CAST("urgency" AS VARCHAR)
      ELSE NULLIF(trim(CAST("urgency" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "urgency",
    COALESCE(contains(CAST("urgency" AS VARCHAR), CHR(0)), FALSE) AS "__nul_urgency",
    CASE
      WHEN ord(CAST("contact_mode" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_mode" AS VARCHAR), ' ')
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_mode" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_mode" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_mode",
    COALESCE(contains(CAST("contact_mode" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_mode",
    CASE
      WHEN ord(CAST("contact_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_date" AS VARCHAR), ' ')
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_date",
    COALESCE(contains(CAST("contact_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_date",
    CASE
      WHEN ord(CAST("need_assessment_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("need_assessment_date" AS VARCHAR), ' ')
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("need_assessment_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("need_assessment_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "need_assessment_date",
    COALESCE(contains(CAST("need_assessment_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_need_assessment_date",
    CASE
      WHEN ord(CAST("visit_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_date" AS VARCHAR), ' ')
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_date",
    COALESCE(contains(CAST("visit_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_date"
  FROM "health_care_visit"
),
"health_care_visit_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_visit_id" THEN 'invalid_format'
      WHEN "visit_id" IS NULL THEN 'missing'
      WHEN length("visit_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("visit_id") <> 11 THEN FALSE
          WHEN regexp_full_match("visit_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("visit_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("visit_id", 1, 6) || SUBSTR("visit_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_visit_id",
    CASE
      WHEN "__nul_client_id" THEN 'invalid_format'
      WHEN "client_id" IS NULL THEN 'missing'
      WHEN length("client_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("client_id") <> 11 THEN FALSE
          WHEN regexp_full_match("client_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("client_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("client_id", 1, 6) || SUBSTR("client_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_client_id",
    CASE
      WHEN "__nul_birth_date" THEN 'invalid_format'
      WHEN "birth_date" IS NULL THEN 'missing'
      WHEN length("birth_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("birth_date" AS DATE) AS VARCHAR) = "birth_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "birth_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("birth_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("birth_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("birth_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_birth_date",
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
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN 'missing'
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
      WHEN "__nul_service_branch" THEN 'invalid_format'
      WHEN "service_branch" IS NULL THEN 'missing'
      WHEN CASE "service_branch"
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE CASE LOWER("service_branch")
            WHEN 'primary_care' THEN 'primary_care'
            WHEN 'oral_care' THEN 'oral_care'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_service_branch",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'oral_hygienist' THEN 'oral_hygienist'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_urgency" THEN 'invalid_format'
      WHEN "urgency" IS NULL THEN 'missing'
      WHEN CASE "urgency"
          WHEN 'urgent' THEN 'urgent'
          WHEN 'non_urgent' THEN 'non_urgent'
          ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_urgency",
    CASE
      WHEN "__nul_contact_mode" THEN 'invalid_format'
      WHEN "contact_mode" IS NULL THEN 'missing'
      WHEN CASE "contact_mode"
          WHEN 'in_person' THEN 'in_person'
          WHEN 'remote' THEN 'remote'
          ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_contact_mode",
    CASE
      WHEN "__nul_contact_date" THEN 'invalid_format'
      WHEN "contact_date" IS NULL THEN NULL
      WHEN length("contact_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("contact_date" AS DATE) AS VARCHAR) = "contact_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "contact_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("contact_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("contact_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("contact_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_contact_date",
    CASE
      WHEN "__nul_need_assessment_date" THEN 'invalid_format'
      WHEN "need_assessment_date" IS NULL THEN NULL
      WHEN length("need_assessment_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("need_assessment_date" AS DATE) AS VARCHAR) = "need_assessment_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "need_assessment_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("need_assessment_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("need_assessment_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_need_assessment_date",
    CASE
      WHEN "__nul_visit_date" THEN 'invalid_format'
      WHEN "visit_date" IS NULL THEN 'missing'
      WHEN length("visit_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("visit_date" AS DATE) AS VARCHAR) = "visit_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "visit_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("visit_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("visit_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("visit_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_visit_date"
  FROM "health_care_visit_source"
),
"health_care_visit_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_visit_id",
    "__e_client_id",
    "__e_birth_date",
    "__e_sex",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_service_branch",
    "__e_professional_group",
    "__e_urgency",
    "__e_contact_mode",
    "__e_contact_date",
    "__e_need_assessment_date",
    "__e_visit_date",
    CASE
      WHEN "__e_visit_id" IS NOT NULL THEN NULL
      WHEN "visit_id" IS NULL THEN NULL
      ELSE "visit_id"
    END AS "__v_visit_id",
    CASE
      WHEN "__e_client_id" IS NOT NULL THEN NULL
      WHEN "client_id" IS NULL THEN NULL
      ELSE "client_id"
    END AS "__v_client_id",
    CASE
      WHEN "__e_birth_date" IS NOT NULL THEN NULL
      WHEN "birth_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("birth_date") = 10 THEN CAST(SUBSTR("birth_date", 1, 10) AS DATE)
        WHEN regexp_full_match("birth_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                              THEN SUBSTR("birth_date", length("birth_date") - 5, 1)
                            ELSE SUBSTR("birth_date", length("birth_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("birth_date", 1, 10) AS DATE)
      END
    END AS "__v_birth_date",
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
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_branch" IS NOT NULL THEN NULL
      WHEN "service_branch" IS NULL THEN NULL
      ELSE CASE "service_branch"
        WHEN 'primary_care' THEN 'primary_care'
        WHEN 'oral_care' THEN 'oral_care'
        ELSE CASE LOWER("service_branch")
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE NULL
        END
      END
    END AS "__v_service_branch",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'oral_hygienist' THEN 'oral_hygienist'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_urgency" IS NOT NULL THEN NULL
      WHEN "urgency" IS NULL THEN NULL
      ELSE CASE "urgency"
        WHEN 'urgent' THEN 'urgent'
        WHEN 'non_urgent' THEN 'non_urgent'
        ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
      END
    END AS "__v_urgency",
    CASE
      WHEN "__e_contact_mode" IS NOT NULL THEN NULL
      WHEN "contact_mode" IS NULL THEN NULL
      ELSE CASE "contact_mode"
        WHEN 'in_person' THEN 'in_person'
        WHEN 'remote' THEN 'remote'
        ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
      END
    END AS "__v_contact_mode",
    CASE
      WHEN "__e_contact_date" IS NOT NULL THEN NULL
      WHEN "contact_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("contact_date") = 10 THEN CAST(SUBSTR("contact_date", 1, 10) AS DATE)
        WHEN regexp_full_match("contact_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                              THEN SUBSTR("contact_date", length("contact_date") - 5, 1)
                            ELSE SUBSTR("contact_date", length("contact_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("contact_date", 1, 10) AS DATE)
      END
    END AS "__v_contact_date",
    CASE
      WHEN "__e_need_assessment_date" IS NOT NULL THEN NULL
      WHEN "need_assessment_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("need_assessment_date") = 10 THEN CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
        WHEN regexp_full_match("need_assessment_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                              THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 5, 1)
                            ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
      END
    END AS "__v_need_assessment_date",
    CASE
      WHEN "__e_visit_date" IS NOT NULL THEN NULL
      WHEN "visit_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("visit_date") = 10 THEN CAST(SUBSTR("visit_date", 1, 10) AS DATE)
        WHEN regexp_full_match("visit_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                              THEN SUBSTR("visit_date", length("visit_date") - 5, 1)
                            ELSE SUBSTR("visit_date", length("visit_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("visit_date", 1, 10) AS DATE)
      END
    END AS "__v_visit_date"
  FROM "health_care_visit_field_reasons"
),
"health_care_visit_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_visit_id",
      "v"."__e_client_id",
      "v"."__e_birth_date",
      "v"."__e_sex",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (
              CASE
                WHEN "v"."__v_visit_date" IS NULL THEN "any"."municipality" IS NULL
                ELSE "mc"."organizer" IS NULL
              END
            )
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_service_branch",
      "v"."__e_professional_group",
      "v"."__e_urgency",
      "v"."__e_contact_mode",
      "v"."__e_contact_date",
      "v"."__e_need_assessment_date",
      "v"."__e_visit_date",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END,
      CASE WHEN NOT ("v"."__v_need_assessment_date" <= "v"."__v_visit_date") THEN 'visit_before_assessment' END,
      CASE WHEN NOT ("v"."__v_contact_date" <= "v"."__v_need_assessment_date") THEN 'assessment_before_contact' END,
      CASE WHEN NOT ("v"."__v_birth_date" <= "v"."__v_visit_date") THEN 'born_after_event' END
    ) AS "__reason",
    "v"."__v_visit_id" AS "visit_id",
    "v"."__v_client_id" AS "client_id",
    "v"."__v_birth_date" AS "birth_date",
    "v"."__v_sex" AS "sex",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_service_branch" AS "service_branch",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_urgency" AS "urgency",
    "v"."__v_contact_mode" AS "contact_mode",
    "v"."__v_contact_date" AS "contact_date",
    "v"."__v_need_assessment_date" AS "need_assessment_date",
    "v"."__v_visit_date" AS "visit_date"
  FROM "health_care_visit_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) < 2023 THEN 2023
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) > 2026 THEN 2026
    ELSE CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT)
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"health_care_visit_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "visit_id" ORDER BY "__row") > 1
        THEN 'duplicate_id'
      ELSE "__reason"
    END AS "__reason",
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_checked"
),
"health_care_visit_valid" AS MATERIALIZED (
  SELECT
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("birth_date" AS DATE) AS "birth_date",
    CAST("need_assessment_date" AS DATE) AS "need_assessment_date",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("professional_group" AS VARCHAR) AS "professional_group",
    CAST("service_branch" AS VARCHAR) AS "service_branch",
    CAST("urgency" AS VARCHAR) AS "urgency",
    CAST("visit_date" AS DATE) AS "visit_date"
  FROM "health_care_visit_valid"
),
"__let_wait" AS (
  SELECT
    "__base".*,
    CAST(("visit_date" - "need_assessment_date") AS BIGINT) AS "wait"
  FROM "__base"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("visit_date" >= CAST($1 AS DATE) AND "visit_date" <= CAST($2 AS DATE), FALSE)
        THEN 'outside_period'
      WHEN NOT COALESCE(("service_branch" = CAST($3 AS VARCHAR)), FALSE) THEN CAST($4 AS VARCHAR)
      WHEN NOT COALESCE(("urgency" = CAST($5 AS VARCHAR)), FALSE) THEN CAST($6 AS VARCHAR)
      WHEN NOT COALESCE(("professional_group" IN (CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))), FALSE)
        THEN CAST($9 AS VARCHAR)
      WHEN NOT COALESCE((NOT ("need_assessment_date" IS NULL)), FALSE) THEN CAST($10 AS VARCHAR)
      ELSE NULL
    END AS "__exclusion",
    CAST("organizer_code" AS VARCHAR) AS "__d0",
    COALESCE(
      (
        CASE
          WHEN "need_assessment_date" IS NULL THEN NULL
          WHEN "need_assessment_date" <= CAST($11 AS DATE)
            THEN ("visit_date" <= CAST(("need_assessment_date" + INTERVAL 3 MONTH) AS DATE))
          WHEN "need_assessment_date" >= CAST($12 AS DATE) AND "need_assessment_date" <= CAST($13 AS DATE)
            THEN ("wait" <= 14)
          WHEN "need_assessment_date" >= CAST($14 AS DATE)
            AND COALESCE(
              (
                (
                  CAST(
                    EXTRACT(YEAR FROM "need_assessment_date") AS BIGINT
                  ) - CAST(
                    EXTRACT(YEAR FROM "birth_date") AS BIGINT
                  ) - CASE
                    WHEN (
                        CAST(EXTRACT(MONTH FROM "need_assessment_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "need_assessment_date") AS BIGINT)
                      ) < (
                        CAST(EXTRACT(MONTH FROM "birth_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "birth_date") AS BIGINT)
                      )
                      THEN 1
                    ELSE 0
                  END
                ) >= 23
              ),
              FALSE
            )
            THEN ("visit_date" <= CAST(("need_assessment_date" + INTERVAL 3 MONTH) AS DATE))
          WHEN "need_assessment_date" >= CAST($15 AS DATE)
            AND COALESCE(
              (
                (
                  CAST(
                    EXTRACT(YEAR FROM "need_assessment_date") AS BIGINT
                  ) - CAST(
                    EXTRACT(YEAR FROM "birth_date") AS BIGINT
                  ) - CASE
                    WHEN (
                        CAST(EXTRACT(MONTH FROM "need_assessment_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "need_assessment_date") AS BIGINT)
                      ) < (
                        CAST(EXTRACT(MONTH FROM "birth_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "birth_date") AS BIGINT)
                      )
                      THEN 1
                    ELSE 0
                  END
                ) < 23
              ),
              FALSE
            )
            THEN ("wait" <= 14)
          ELSE NULL
        END
      ),
      FALSE
    ) AS "__num_hit",
    1 AS "__num_value",
    TRUE AS "__den_hit",
    1 AS "__den_value"
  FROM "__let_wait"
),
"__cells" AS (
  SELECT
    "__d0",
    COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows",
    COALESCE(SUM(CASE WHEN "__den_hit" THEN "__den_value" END), 0) AS "den",
    SUM(CASE WHEN "__den_hit" THEN 1 ELSE 0 END) AS "den_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0"
),
"__concepts" AS (
  SELECT CAST($16 AS VARCHAR) AS "main"
)
SELECT
  "__cells"."__d0",
  CAST("__cells"."num" AS VARCHAR) AS "numerator",
  CAST("__cells"."den" AS VARCHAR) AS "denominator",
  CAST(
    CASE
      WHEN CAST("__cells"."den" AS HUGEINT) = 0 OR (CAST("__cells"."num" AS HUGEINT) * 1000) IS NULL THEN NULL
      ELSE (
        (
          2 * ABS((CAST("__cells"."num" AS HUGEINT) * 1000)) + ABS(CAST("__cells"."den" AS HUGEINT))
        ) // (2 * ABS(CAST("__cells"."den" AS HUGEINT)))
      )
    END AS VARCHAR
  ) AS "magnitude",
  CASE
    WHEN ((CAST("__cells"."num" AS HUGEINT) * 1000) < 0) <> (CAST("__cells"."den" AS HUGEINT) < 0) THEN 1
    ELSE 0
  END AS "negative",
  COALESCE("__cells"."den_rows" BETWEEN 1 AND 4, FALSE) AS "suppressed",
  NULL AS "join_missing"
FROM "__cells";

-- input accounting: valid rows per exclusion reason
-- bind parameters, in order:
--   1: '2024-01-01'
--   2: '2024-12-31'
--   3: 'primary_care'
--   4: 'service_branch'
--   5: 'non_urgent'
--   6: 'urgency'
--   7: 'doctor'
--   8: 'nurse'
--   9: 'professional_group'
--   10: 'no_need_assessment'
--   11: '2023-08-31'
--   12: '2023-09-01'
--   13: '2024-12-31'
--   14: '2025-01-01'
--   15: '2025-01-01'
--   16: 'health_care_visit'
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
"health_care_visit_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("visit_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_id" AS VARCHAR), ' ')
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_id",
    COALESCE(contains(CAST("visit_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_id",
    CASE
      WHEN ord(CAST("client_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("client_id" AS VARCHAR), ' ')
          OR suffix(CAST("client_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("client_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("client_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "client_id",
    COALESCE(contains(CAST("client_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_client_id",
    CASE
      WHEN ord(CAST("birth_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("birth_date" AS VARCHAR), ' ')
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("birth_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("birth_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "birth_date",
    COALESCE(contains(CAST("birth_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_birth_date",
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
      WHEN ord(CAST("service_branch" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("service_branch" AS VARCHAR), ' ')
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(9))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(10))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(12))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(13))
        )
        THEN CAST("service_branch" AS VARCHAR)
      ELSE NULLIF(trim(CAST("service_branch" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "service_branch",
    COALESCE(contains(CAST("service_branch" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_branch",
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
      WHEN ord(CAST("urgency" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("urgency" AS VARCHAR), ' ')
          OR suffix(CAST("urgency" AS VARCHAR), CHR(9))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(10))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(12))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(13))
        )
        THEN CAST("urgency" AS VARCHAR)
      ELSE NULLIF(trim(CAST("urgency" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "urgency",
    COALESCE(contains(CAST("urgency" AS VARCHAR), CHR(0)), FALSE) AS "__nul_urgency",
    CASE
      WHEN ord(CAST("contact_mode" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_mode" AS VARCHAR), ' ')
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_mode" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_mode" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_mode",
    COALESCE(contains(CAST("contact_mode" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_mode",
    CASE
      WHEN ord(CAST("contact_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_date" AS VARCHAR), ' ')
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_date",
    COALESCE(contains(CAST("contact_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_date",
    CASE
      WHEN ord(CAST("need_assessment_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("need_assessment_date" AS VARCHAR), ' ')
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("need_assessment_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("need_assessment_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "need_assessment_date",
    COALESCE(contains(CAST("need_assessment_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_need_assessment_date",
    CASE
      WHEN ord(CAST("visit_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_date" AS VARCHAR), ' ')
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_date",
    COALESCE(contains(CAST("visit_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_date"
  FROM "health_care_visit"
),
"health_care_visit_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_visit_id" THEN 'invalid_format'
      WHEN "visit_id" IS NULL THEN 'missing'
      WHEN length("visit_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("visit_id") <> 11 THEN FALSE
          WHEN regexp_full_match("visit_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("visit_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("visit_id", 1, 6) || SUBSTR("visit_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_visit_id",
    CASE
      WHEN "__nul_client_id" THEN 'invalid_format'
      WHEN "client_id" IS NULL THEN 'missing'
      WHEN length("client_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("client_id") <> 11 THEN FALSE
          WHEN regexp_full_match("client_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("client_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("client_id", 1, 6) || SUBSTR("client_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_client_id",
    CASE
      WHEN "__nul_birth_date" THEN 'invalid_format'
      WHEN "birth_date" IS NULL THEN 'missing'
      WHEN length("birth_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("birth_date" AS DATE) AS VARCHAR) = "birth_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "birth_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("birth_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("birth_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("birth_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_birth_date",
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
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN 'missing'
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
      WHEN "__nul_service_branch" THEN 'invalid_format'
      WHEN "service_branch" IS NULL THEN 'missing'
      WHEN CASE "service_branch"
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE CASE LOWER("service_branch")
            WHEN 'primary_care' THEN 'primary_care'
            WHEN 'oral_care' THEN 'oral_care'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_service_branch",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'oral_hygienist' THEN 'oral_hygienist'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_urgency" THEN 'invalid_format'
      WHEN "urgency" IS NULL THEN 'missing'
      WHEN CASE "urgency"
          WHEN 'urgent' THEN 'urgent'
          WHEN 'non_urgent' THEN 'non_urgent'
          ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_urgency",
    CASE
      WHEN "__nul_contact_mode" THEN 'invalid_format'
      WHEN "contact_mode" IS NULL THEN 'missing'
      WHEN CASE "contact_mode"
          WHEN 'in_person' THEN 'in_person'
          WHEN 'remote' THEN 'remote'
          ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_contact_mode",
    CASE
      WHEN "__nul_contact_date" THEN 'invalid_format'
      WHEN "contact_date" IS NULL THEN NULL
      WHEN length("contact_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("contact_date" AS DATE) AS VARCHAR) = "contact_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "contact_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("contact_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("contact_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("contact_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_contact_date",
    CASE
      WHEN "__nul_need_assessment_date" THEN 'invalid_format'
      WHEN "need_assessment_date" IS NULL THEN NULL
      WHEN length("need_assessment_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("need_assessment_date" AS DATE) AS VARCHAR) = "need_assessment_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "need_assessment_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("need_assessment_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("need_assessment_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_need_assessment_date",
    CASE
      WHEN "__nul_visit_date" THEN 'invalid_format'
      WHEN "visit_date" IS NULL THEN 'missing'
      WHEN length("visit_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("visit_date" AS DATE) AS VARCHAR) = "visit_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "visit_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("visit_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("visit_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("visit_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_visit_date"
  FROM "health_care_visit_source"
),
"health_care_visit_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_visit_id",
    "__e_client_id",
    "__e_birth_date",
    "__e_sex",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_service_branch",
    "__e_professional_group",
    "__e_urgency",
    "__e_contact_mode",
    "__e_contact_date",
    "__e_need_assessment_date",
    "__e_visit_date",
    CASE
      WHEN "__e_visit_id" IS NOT NULL THEN NULL
      WHEN "visit_id" IS NULL THEN NULL
      ELSE "visit_id"
    END AS "__v_visit_id",
    CASE
      WHEN "__e_client_id" IS NOT NULL THEN NULL
      WHEN "client_id" IS NULL THEN NULL
      ELSE "client_id"
    END AS "__v_client_id",
    CASE
      WHEN "__e_birth_date" IS NOT NULL THEN NULL
      WHEN "birth_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("birth_date") = 10 THEN CAST(SUBSTR("birth_date", 1, 10) AS DATE)
        WHEN regexp_full_match("birth_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                              THEN SUBSTR("birth_date", length("birth_date") - 5, 1)
                            ELSE SUBSTR("birth_date", length("birth_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("birth_date", 1, 10) AS DATE)
      END
    END AS "__v_birth_date",
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
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_branch" IS NOT NULL THEN NULL
      WHEN "service_branch" IS NULL THEN NULL
      ELSE CASE "service_branch"
        WHEN 'primary_care' THEN 'primary_care'
        WHEN 'oral_care' THEN 'oral_care'
        ELSE CASE LOWER("service_branch")
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE NULL
        END
      END
    END AS "__v_service_branch",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'oral_hygienist' THEN 'oral_hygienist'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_urgency" IS NOT NULL THEN NULL
      WHEN "urgency" IS NULL THEN NULL
      ELSE CASE "urgency"
        WHEN 'urgent' THEN 'urgent'
        WHEN 'non_urgent' THEN 'non_urgent'
        ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
      END
    END AS "__v_urgency",
    CASE
      WHEN "__e_contact_mode" IS NOT NULL THEN NULL
      WHEN "contact_mode" IS NULL THEN NULL
      ELSE CASE "contact_mode"
        WHEN 'in_person' THEN 'in_person'
        WHEN 'remote' THEN 'remote'
        ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
      END
    END AS "__v_contact_mode",
    CASE
      WHEN "__e_contact_date" IS NOT NULL THEN NULL
      WHEN "contact_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("contact_date") = 10 THEN CAST(SUBSTR("contact_date", 1, 10) AS DATE)
        WHEN regexp_full_match("contact_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                              THEN SUBSTR("contact_date", length("contact_date") - 5, 1)
                            ELSE SUBSTR("contact_date", length("contact_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("contact_date", 1, 10) AS DATE)
      END
    END AS "__v_contact_date",
    CASE
      WHEN "__e_need_assessment_date" IS NOT NULL THEN NULL
      WHEN "need_assessment_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("need_assessment_date") = 10 THEN CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
        WHEN regexp_full_match("need_assessment_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                              THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 5, 1)
                            ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
      END
    END AS "__v_need_assessment_date",
    CASE
      WHEN "__e_visit_date" IS NOT NULL THEN NULL
      WHEN "visit_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("visit_date") = 10 THEN CAST(SUBSTR("visit_date", 1, 10) AS DATE)
        WHEN regexp_full_match("visit_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                              THEN SUBSTR("visit_date", length("visit_date") - 5, 1)
                            ELSE SUBSTR("visit_date", length("visit_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("visit_date", 1, 10) AS DATE)
      END
    END AS "__v_visit_date"
  FROM "health_care_visit_field_reasons"
),
"health_care_visit_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_visit_id",
      "v"."__e_client_id",
      "v"."__e_birth_date",
      "v"."__e_sex",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (
              CASE
                WHEN "v"."__v_visit_date" IS NULL THEN "any"."municipality" IS NULL
                ELSE "mc"."organizer" IS NULL
              END
            )
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_service_branch",
      "v"."__e_professional_group",
      "v"."__e_urgency",
      "v"."__e_contact_mode",
      "v"."__e_contact_date",
      "v"."__e_need_assessment_date",
      "v"."__e_visit_date",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END,
      CASE WHEN NOT ("v"."__v_need_assessment_date" <= "v"."__v_visit_date") THEN 'visit_before_assessment' END,
      CASE WHEN NOT ("v"."__v_contact_date" <= "v"."__v_need_assessment_date") THEN 'assessment_before_contact' END,
      CASE WHEN NOT ("v"."__v_birth_date" <= "v"."__v_visit_date") THEN 'born_after_event' END
    ) AS "__reason",
    "v"."__v_visit_id" AS "visit_id",
    "v"."__v_client_id" AS "client_id",
    "v"."__v_birth_date" AS "birth_date",
    "v"."__v_sex" AS "sex",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_service_branch" AS "service_branch",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_urgency" AS "urgency",
    "v"."__v_contact_mode" AS "contact_mode",
    "v"."__v_contact_date" AS "contact_date",
    "v"."__v_need_assessment_date" AS "need_assessment_date",
    "v"."__v_visit_date" AS "visit_date"
  FROM "health_care_visit_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) < 2023 THEN 2023
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) > 2026 THEN 2026
    ELSE CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT)
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"health_care_visit_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "visit_id" ORDER BY "__row") > 1
        THEN 'duplicate_id'
      ELSE "__reason"
    END AS "__reason",
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_checked"
),
"health_care_visit_valid" AS MATERIALIZED (
  SELECT
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_rows"
  WHERE "__reason" IS NULL
),
"__base" AS (
  SELECT
    CAST("birth_date" AS DATE) AS "birth_date",
    CAST("need_assessment_date" AS DATE) AS "need_assessment_date",
    CAST("organizer_code" AS VARCHAR) AS "organizer_code",
    CAST("professional_group" AS VARCHAR) AS "professional_group",
    CAST("service_branch" AS VARCHAR) AS "service_branch",
    CAST("urgency" AS VARCHAR) AS "urgency",
    CAST("visit_date" AS DATE) AS "visit_date"
  FROM "health_care_visit_valid"
),
"__let_wait" AS (
  SELECT
    "__base".*,
    CAST(("visit_date" - "need_assessment_date") AS BIGINT) AS "wait"
  FROM "__base"
),
"__classified" AS (
  SELECT
    CASE
      WHEN NOT COALESCE("visit_date" >= CAST($1 AS DATE) AND "visit_date" <= CAST($2 AS DATE), FALSE)
        THEN 'outside_period'
      WHEN NOT COALESCE(("service_branch" = CAST($3 AS VARCHAR)), FALSE) THEN CAST($4 AS VARCHAR)
      WHEN NOT COALESCE(("urgency" = CAST($5 AS VARCHAR)), FALSE) THEN CAST($6 AS VARCHAR)
      WHEN NOT COALESCE(("professional_group" IN (CAST($7 AS VARCHAR), CAST($8 AS VARCHAR))), FALSE)
        THEN CAST($9 AS VARCHAR)
      WHEN NOT COALESCE((NOT ("need_assessment_date" IS NULL)), FALSE) THEN CAST($10 AS VARCHAR)
      ELSE NULL
    END AS "__exclusion",
    CAST("organizer_code" AS VARCHAR) AS "__d0",
    COALESCE(
      (
        CASE
          WHEN "need_assessment_date" IS NULL THEN NULL
          WHEN "need_assessment_date" <= CAST($11 AS DATE)
            THEN ("visit_date" <= CAST(("need_assessment_date" + INTERVAL 3 MONTH) AS DATE))
          WHEN "need_assessment_date" >= CAST($12 AS DATE) AND "need_assessment_date" <= CAST($13 AS DATE)
            THEN ("wait" <= 14)
          WHEN "need_assessment_date" >= CAST($14 AS DATE)
            AND COALESCE(
              (
                (
                  CAST(
                    EXTRACT(YEAR FROM "need_assessment_date") AS BIGINT
                  ) - CAST(
                    EXTRACT(YEAR FROM "birth_date") AS BIGINT
                  ) - CASE
                    WHEN (
                        CAST(EXTRACT(MONTH FROM "need_assessment_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "need_assessment_date") AS BIGINT)
                      ) < (
                        CAST(EXTRACT(MONTH FROM "birth_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "birth_date") AS BIGINT)
                      )
                      THEN 1
                    ELSE 0
                  END
                ) >= 23
              ),
              FALSE
            )
            THEN ("visit_date" <= CAST(("need_assessment_date" + INTERVAL 3 MONTH) AS DATE))
          WHEN "need_assessment_date" >= CAST($15 AS DATE)
            AND COALESCE(
              (
                (
                  CAST(
                    EXTRACT(YEAR FROM "need_assessment_date") AS BIGINT
                  ) - CAST(
                    EXTRACT(YEAR FROM "birth_date") AS BIGINT
                  ) - CASE
                    WHEN (
                        CAST(EXTRACT(MONTH FROM "need_assessment_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "need_assessment_date") AS BIGINT)
                      ) < (
                        CAST(EXTRACT(MONTH FROM "birth_date") AS BIGINT) * 100
                        + CAST(EXTRACT(DAY FROM "birth_date") AS BIGINT)
                      )
                      THEN 1
                    ELSE 0
                  END
                ) < 23
              ),
              FALSE
            )
            THEN ("wait" <= 14)
          ELSE NULL
        END
      ),
      FALSE
    ) AS "__num_hit",
    1 AS "__num_value",
    TRUE AS "__den_hit",
    1 AS "__den_value"
  FROM "__let_wait"
),
"__cells" AS (
  SELECT
    "__d0",
    COALESCE(SUM(CASE WHEN "__num_hit" THEN "__num_value" END), 0) AS "num",
    SUM(CASE WHEN "__num_hit" THEN 1 ELSE 0 END) AS "num_rows",
    COALESCE(SUM(CASE WHEN "__den_hit" THEN "__den_value" END), 0) AS "den",
    SUM(CASE WHEN "__den_hit" THEN 1 ELSE 0 END) AS "den_rows"
  FROM "__classified"
  WHERE "__exclusion" IS NULL
  GROUP BY "__d0"
),
"__concepts" AS (
  SELECT CAST($16 AS VARCHAR) AS "main"
)
SELECT (SELECT "main" FROM "__concepts") AS "concept", "__exclusion" AS "reason", COUNT(*) AS "rows"
FROM "__classified"
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
"health_care_visit_source" AS MATERIALIZED (
  SELECT
    rowid + 1 AS "__row",
    CASE
      WHEN ord(CAST("visit_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_id" AS VARCHAR), ' ')
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_id",
    COALESCE(contains(CAST("visit_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_id",
    CASE
      WHEN ord(CAST("client_id" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("client_id" AS VARCHAR), ' ')
          OR suffix(CAST("client_id" AS VARCHAR), CHR(9))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(10))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(12))
          OR suffix(CAST("client_id" AS VARCHAR), CHR(13))
        )
        THEN CAST("client_id" AS VARCHAR)
      ELSE NULLIF(trim(CAST("client_id" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "client_id",
    COALESCE(contains(CAST("client_id" AS VARCHAR), CHR(0)), FALSE) AS "__nul_client_id",
    CASE
      WHEN ord(CAST("birth_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("birth_date" AS VARCHAR), ' ')
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("birth_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("birth_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("birth_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "birth_date",
    COALESCE(contains(CAST("birth_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_birth_date",
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
      WHEN ord(CAST("service_branch" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("service_branch" AS VARCHAR), ' ')
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(9))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(10))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(12))
          OR suffix(CAST("service_branch" AS VARCHAR), CHR(13))
        )
        THEN CAST("service_branch" AS VARCHAR)
      ELSE NULLIF(trim(CAST("service_branch" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "service_branch",
    COALESCE(contains(CAST("service_branch" AS VARCHAR), CHR(0)), FALSE) AS "__nul_service_branch",
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
      WHEN ord(CAST("urgency" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("urgency" AS VARCHAR), ' ')
          OR suffix(CAST("urgency" AS VARCHAR), CHR(9))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(10))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(12))
          OR suffix(CAST("urgency" AS VARCHAR), CHR(13))
        )
        THEN CAST("urgency" AS VARCHAR)
      ELSE NULLIF(trim(CAST("urgency" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "urgency",
    COALESCE(contains(CAST("urgency" AS VARCHAR), CHR(0)), FALSE) AS "__nul_urgency",
    CASE
      WHEN ord(CAST("contact_mode" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_mode" AS VARCHAR), ' ')
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_mode" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_mode" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_mode" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_mode",
    COALESCE(contains(CAST("contact_mode" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_mode",
    CASE
      WHEN ord(CAST("contact_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("contact_date" AS VARCHAR), ' ')
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("contact_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("contact_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("contact_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "contact_date",
    COALESCE(contains(CAST("contact_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_contact_date",
    CASE
      WHEN ord(CAST("need_assessment_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("need_assessment_date" AS VARCHAR), ' ')
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("need_assessment_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("need_assessment_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("need_assessment_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "need_assessment_date",
    COALESCE(contains(CAST("need_assessment_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_need_assessment_date",
    CASE
      WHEN ord(CAST("visit_date" AS VARCHAR)) > 32
        AND NOT (
          suffix(CAST("visit_date" AS VARCHAR), ' ')
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(9))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(10))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(12))
          OR suffix(CAST("visit_date" AS VARCHAR), CHR(13))
        )
        THEN CAST("visit_date" AS VARCHAR)
      ELSE NULLIF(trim(CAST("visit_date" AS VARCHAR), ' ' || CHR(9) || CHR(10) || CHR(12) || CHR(13)), '')
    END AS "visit_date",
    COALESCE(contains(CAST("visit_date" AS VARCHAR), CHR(0)), FALSE) AS "__nul_visit_date"
  FROM "health_care_visit"
),
"health_care_visit_field_reasons" AS MATERIALIZED (
  SELECT
    *,
    CASE
      WHEN "__nul_visit_id" THEN 'invalid_format'
      WHEN "visit_id" IS NULL THEN 'missing'
      WHEN length("visit_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("visit_id") <> 11 THEN FALSE
          WHEN regexp_full_match("visit_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("visit_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("visit_id", 1, 6) || SUBSTR("visit_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_visit_id",
    CASE
      WHEN "__nul_client_id" THEN 'invalid_format'
      WHEN "client_id" IS NULL THEN 'missing'
      WHEN length("client_id") > 64 THEN 'too_long'
      WHEN CASE
          WHEN length("client_id") <> 11 THEN FALSE
          WHEN regexp_full_match("client_id", '[0-9]{6}[-+A-Fa-fYyXxWwVvUu][0-9]{3}[0-9A-Ya-y]')
            THEN UPPER(
              SUBSTR("client_id", 11, 1)
            ) = SUBSTR(
              '0123456789ABCDEFHJKLMNPRSTUVWXY',
              CAST(CAST(SUBSTR("client_id", 1, 6) || SUBSTR("client_id", 8, 3) AS BIGINT) % 31 AS INTEGER) + 1,
              1
            )
          ELSE FALSE
        END
        THEN 'personal_identity_code'
      ELSE NULL
    END AS "__e_client_id",
    CASE
      WHEN "__nul_birth_date" THEN 'invalid_format'
      WHEN "birth_date" IS NULL THEN 'missing'
      WHEN length("birth_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("birth_date" AS DATE) AS VARCHAR) = "birth_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "birth_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("birth_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("birth_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("birth_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("birth_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("birth_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_birth_date",
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
      WHEN "__nul_municipality_code" THEN 'invalid_format'
      WHEN "municipality_code" IS NULL THEN 'missing'
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
      WHEN "__nul_service_branch" THEN 'invalid_format'
      WHEN "service_branch" IS NULL THEN 'missing'
      WHEN CASE "service_branch"
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE CASE LOWER("service_branch")
            WHEN 'primary_care' THEN 'primary_care'
            WHEN 'oral_care' THEN 'oral_care'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_service_branch",
    CASE
      WHEN "__nul_professional_group" THEN 'invalid_format'
      WHEN "professional_group" IS NULL THEN 'missing'
      WHEN CASE "professional_group"
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE CASE LOWER("professional_group")
            WHEN 'doctor' THEN 'doctor'
            WHEN 'nurse' THEN 'nurse'
            WHEN 'dentist' THEN 'dentist'
            WHEN 'oral_hygienist' THEN 'oral_hygienist'
            WHEN 'other' THEN 'other'
            ELSE NULL
          END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_professional_group",
    CASE
      WHEN "__nul_urgency" THEN 'invalid_format'
      WHEN "urgency" IS NULL THEN 'missing'
      WHEN CASE "urgency"
          WHEN 'urgent' THEN 'urgent'
          WHEN 'non_urgent' THEN 'non_urgent'
          ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_urgency",
    CASE
      WHEN "__nul_contact_mode" THEN 'invalid_format'
      WHEN "contact_mode" IS NULL THEN 'missing'
      WHEN CASE "contact_mode"
          WHEN 'in_person' THEN 'in_person'
          WHEN 'remote' THEN 'remote'
          ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
        END IS NULL
        THEN 'not_in_list'
      ELSE NULL
    END AS "__e_contact_mode",
    CASE
      WHEN "__nul_contact_date" THEN 'invalid_format'
      WHEN "contact_date" IS NULL THEN NULL
      WHEN length("contact_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("contact_date" AS DATE) AS VARCHAR) = "contact_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "contact_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("contact_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("contact_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("contact_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("contact_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("contact_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_contact_date",
    CASE
      WHEN "__nul_need_assessment_date" THEN 'invalid_format'
      WHEN "need_assessment_date" IS NULL THEN NULL
      WHEN length("need_assessment_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("need_assessment_date" AS DATE) AS VARCHAR) = "need_assessment_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "need_assessment_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("need_assessment_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("need_assessment_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("need_assessment_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("need_assessment_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_need_assessment_date",
    CASE
      WHEN "__nul_visit_date" THEN 'invalid_format'
      WHEN "visit_date" IS NULL THEN 'missing'
      WHEN length("visit_date") = 10
        THEN CASE
          WHEN CAST(TRY_CAST("visit_date" AS DATE) AS VARCHAR) = "visit_date" THEN NULL
          ELSE 'invalid_format'
        END
      WHEN NOT regexp_full_match(
          "visit_date",
          '[0-9]{4}(-[0-9]{2}){2}([Tt ][0-9]{2}(:[0-9]{2}){2}([.][0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?'
        )
        THEN 'invalid_format'
      WHEN NOT (
          CASE
            WHEN CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) >= 1
              AND CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) BETWEEN 1 AND 12
              AND CAST(
                SUBSTR("visit_date", 9, 2) AS INTEGER
              ) BETWEEN 1 AND CASE
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) = 2
                  THEN CASE
                    WHEN (
                        (
                          CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 4 = 0
                          AND CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 100 <> 0
                        )
                        OR CAST(SUBSTR("visit_date", 1, 4) AS INTEGER) % 400 = 0
                      )
                      THEN 29
                    ELSE 28
                  END
                WHEN CAST(SUBSTR("visit_date", 6, 2) AS INTEGER) IN (4, 6, 9, 11) THEN 30
                ELSE 31
              END
              THEN CASE
                WHEN length("visit_date") = 10 THEN TRUE
                WHEN CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) <= 23
                  AND CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) <= 59
                  AND CAST(SUBSTR("visit_date", 18, 2) AS INTEGER) <= 60
                  THEN CASE
                    WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
                      THEN CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) <= 23
                      AND CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) <= 59
                    ELSE TRUE
                  END
                ELSE FALSE
              END
            ELSE FALSE
          END
        )
        THEN 'invalid_format'
      ELSE NULL
    END AS "__e_visit_date"
  FROM "health_care_visit_source"
),
"health_care_visit_values" AS MATERIALIZED (
  SELECT
    "__row",
    "__e_visit_id",
    "__e_client_id",
    "__e_birth_date",
    "__e_sex",
    "__e_municipality_code",
    "__e_organizer_code",
    "__e_service_branch",
    "__e_professional_group",
    "__e_urgency",
    "__e_contact_mode",
    "__e_contact_date",
    "__e_need_assessment_date",
    "__e_visit_date",
    CASE
      WHEN "__e_visit_id" IS NOT NULL THEN NULL
      WHEN "visit_id" IS NULL THEN NULL
      ELSE "visit_id"
    END AS "__v_visit_id",
    CASE
      WHEN "__e_client_id" IS NOT NULL THEN NULL
      WHEN "client_id" IS NULL THEN NULL
      ELSE "client_id"
    END AS "__v_client_id",
    CASE
      WHEN "__e_birth_date" IS NOT NULL THEN NULL
      WHEN "birth_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("birth_date") = 10 THEN CAST(SUBSTR("birth_date", 1, 10) AS DATE)
        WHEN regexp_full_match("birth_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("birth_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("birth_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("birth_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("birth_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("birth_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                              THEN SUBSTR("birth_date", length("birth_date") - 5, 1)
                            ELSE SUBSTR("birth_date", length("birth_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("birth_date", length("birth_date") - 2, 1) = ':'
                            THEN SUBSTR("birth_date", length("birth_date") - 4, 2)
                          ELSE SUBSTR("birth_date", length("birth_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("birth_date", length("birth_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("birth_date", 1, 10) AS DATE)
      END
    END AS "__v_birth_date",
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
      WHEN "__e_municipality_code" IS NOT NULL THEN NULL
      WHEN "municipality_code" IS NULL THEN NULL
      ELSE LPAD("municipality_code", 3, '0')
    END AS "__v_municipality_code",
    CASE
      WHEN "__e_organizer_code" IS NOT NULL THEN NULL
      WHEN "organizer_code" IS NULL THEN NULL
      ELSE LPAD("organizer_code", 2, '0')
    END AS "__v_organizer_code",
    CASE
      WHEN "__e_service_branch" IS NOT NULL THEN NULL
      WHEN "service_branch" IS NULL THEN NULL
      ELSE CASE "service_branch"
        WHEN 'primary_care' THEN 'primary_care'
        WHEN 'oral_care' THEN 'oral_care'
        ELSE CASE LOWER("service_branch")
          WHEN 'primary_care' THEN 'primary_care'
          WHEN 'oral_care' THEN 'oral_care'
          ELSE NULL
        END
      END
    END AS "__v_service_branch",
    CASE
      WHEN "__e_professional_group" IS NOT NULL THEN NULL
      WHEN "professional_group" IS NULL THEN NULL
      ELSE CASE "professional_group"
        WHEN 'doctor' THEN 'doctor'
        WHEN 'nurse' THEN 'nurse'
        WHEN 'dentist' THEN 'dentist'
        WHEN 'oral_hygienist' THEN 'oral_hygienist'
        WHEN 'other' THEN 'other'
        ELSE CASE LOWER("professional_group")
          WHEN 'doctor' THEN 'doctor'
          WHEN 'nurse' THEN 'nurse'
          WHEN 'dentist' THEN 'dentist'
          WHEN 'oral_hygienist' THEN 'oral_hygienist'
          WHEN 'other' THEN 'other'
          ELSE NULL
        END
      END
    END AS "__v_professional_group",
    CASE
      WHEN "__e_urgency" IS NOT NULL THEN NULL
      WHEN "urgency" IS NULL THEN NULL
      ELSE CASE "urgency"
        WHEN 'urgent' THEN 'urgent'
        WHEN 'non_urgent' THEN 'non_urgent'
        ELSE CASE LOWER("urgency") WHEN 'urgent' THEN 'urgent' WHEN 'non_urgent' THEN 'non_urgent' ELSE NULL END
      END
    END AS "__v_urgency",
    CASE
      WHEN "__e_contact_mode" IS NOT NULL THEN NULL
      WHEN "contact_mode" IS NULL THEN NULL
      ELSE CASE "contact_mode"
        WHEN 'in_person' THEN 'in_person'
        WHEN 'remote' THEN 'remote'
        ELSE CASE LOWER("contact_mode") WHEN 'in_person' THEN 'in_person' WHEN 'remote' THEN 'remote' ELSE NULL END
      END
    END AS "__v_contact_mode",
    CASE
      WHEN "__e_contact_date" IS NOT NULL THEN NULL
      WHEN "contact_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("contact_date") = 10 THEN CAST(SUBSTR("contact_date", 1, 10) AS DATE)
        WHEN regexp_full_match("contact_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("contact_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("contact_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("contact_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("contact_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("contact_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                              THEN SUBSTR("contact_date", length("contact_date") - 5, 1)
                            ELSE SUBSTR("contact_date", length("contact_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("contact_date", length("contact_date") - 2, 1) = ':'
                            THEN SUBSTR("contact_date", length("contact_date") - 4, 2)
                          ELSE SUBSTR("contact_date", length("contact_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("contact_date", length("contact_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("contact_date", 1, 10) AS DATE)
      END
    END AS "__v_contact_date",
    CASE
      WHEN "__e_need_assessment_date" IS NOT NULL THEN NULL
      WHEN "need_assessment_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("need_assessment_date") = 10 THEN CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
        WHEN regexp_full_match("need_assessment_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("need_assessment_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("need_assessment_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("need_assessment_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("need_assessment_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                              THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 5, 1)
                            ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("need_assessment_date", length("need_assessment_date") - 2, 1) = ':'
                            THEN SUBSTR("need_assessment_date", length("need_assessment_date") - 4, 2)
                          ELSE SUBSTR("need_assessment_date", length("need_assessment_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("need_assessment_date", length("need_assessment_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("need_assessment_date", 1, 10) AS DATE)
      END
    END AS "__v_need_assessment_date",
    CASE
      WHEN "__e_visit_date" IS NOT NULL THEN NULL
      WHEN "visit_date" IS NULL THEN NULL
      ELSE CASE
        WHEN length("visit_date") = 10 THEN CAST(SUBSTR("visit_date", 1, 10) AS DATE)
        WHEN regexp_full_match("visit_date", '.*[Zz]')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        WHEN regexp_full_match("visit_date", '.*[+-][0-9]{2}:?[0-9]{2}')
          THEN CAST(
            timezone(
              'Europe/Helsinki',
              timezone(
                'UTC',
                CAST(CAST(SUBSTR("visit_date", 1, 10) AS DATE) AS TIMESTAMP)
                + to_seconds(
                  CAST(
                    (
                      CAST(SUBSTR("visit_date", 12, 2) AS INTEGER) * 3600
                      + CAST(SUBSTR("visit_date", 15, 2) AS INTEGER) * 60
                      + CAST(SUBSTR("visit_date", 18, 2) AS INTEGER)
                    ) - (
                      CASE
                        WHEN CASE
                            WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                              THEN SUBSTR("visit_date", length("visit_date") - 5, 1)
                            ELSE SUBSTR("visit_date", length("visit_date") - 4, 1)
                          END = '-'
                          THEN -1
                        ELSE 1
                      END
                    ) * (
                      CAST(
                        CASE
                          WHEN SUBSTR("visit_date", length("visit_date") - 2, 1) = ':'
                            THEN SUBSTR("visit_date", length("visit_date") - 4, 2)
                          ELSE SUBSTR("visit_date", length("visit_date") - 3, 2)
                        END AS INTEGER
                      ) * 3600
                      + CAST(SUBSTR("visit_date", length("visit_date") - 1, 2) AS INTEGER) * 60
                    ) AS BIGINT
                  )
                )
              )
            ) AS DATE
          )
        ELSE CAST(SUBSTR("visit_date", 1, 10) AS DATE)
      END
    END AS "__v_visit_date"
  FROM "health_care_visit_field_reasons"
),
"health_care_visit_checked" AS MATERIALIZED (
  SELECT
    "v"."__row",
    COALESCE(
      "v"."__e_visit_id",
      "v"."__e_client_id",
      "v"."__e_birth_date",
      "v"."__e_sex",
      COALESCE(
        "v"."__e_municipality_code",
        CASE
          WHEN "v"."__v_municipality_code" IS NOT NULL
            AND (
              CASE
                WHEN "v"."__v_visit_date" IS NULL THEN "any"."municipality" IS NULL
                ELSE "mc"."organizer" IS NULL
              END
            )
            THEN 'unknown_code'
        END
      ),
      "v"."__e_organizer_code",
      "v"."__e_service_branch",
      "v"."__e_professional_group",
      "v"."__e_urgency",
      "v"."__e_contact_mode",
      "v"."__e_contact_date",
      "v"."__e_need_assessment_date",
      "v"."__e_visit_date",
      CASE
        WHEN "v"."__v_organizer_code" IS NOT NULL
          AND "mc"."organizer" IS NOT NULL
          AND "v"."__v_organizer_code" <> "mc"."organizer"
          THEN 'organizer_mismatch'
      END,
      CASE WHEN NOT ("v"."__v_need_assessment_date" <= "v"."__v_visit_date") THEN 'visit_before_assessment' END,
      CASE WHEN NOT ("v"."__v_contact_date" <= "v"."__v_need_assessment_date") THEN 'assessment_before_contact' END,
      CASE WHEN NOT ("v"."__v_birth_date" <= "v"."__v_visit_date") THEN 'born_after_event' END
    ) AS "__reason",
    "v"."__v_visit_id" AS "visit_id",
    "v"."__v_client_id" AS "client_id",
    "v"."__v_birth_date" AS "birth_date",
    "v"."__v_sex" AS "sex",
    "v"."__v_municipality_code" AS "municipality_code",
    COALESCE("v"."__v_organizer_code", "mc"."organizer") AS "organizer_code",
    "v"."__v_service_branch" AS "service_branch",
    "v"."__v_professional_group" AS "professional_group",
    "v"."__v_urgency" AS "urgency",
    "v"."__v_contact_mode" AS "contact_mode",
    "v"."__v_contact_date" AS "contact_date",
    "v"."__v_need_assessment_date" AS "need_assessment_date",
    "v"."__v_visit_date" AS "visit_date"
  FROM "health_care_visit_values" AS "v"
  LEFT JOIN "__municipality_classification" AS "mc" ON "mc"."year" = CASE
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) < 2023 THEN 2023
    WHEN CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT) > 2026 THEN 2026
    ELSE CAST(EXTRACT(YEAR FROM "v"."__v_visit_date") AS BIGINT)
  END
  AND "mc"."municipality" = "v"."__v_municipality_code"
  LEFT JOIN (
    SELECT DISTINCT "municipality"
    FROM "__municipality_classification"
  ) AS "any" ON "any"."municipality" = "v"."__v_municipality_code"
),
"health_care_visit_rows" AS MATERIALIZED (
  SELECT
    "__row",
    CASE
      WHEN "__reason" IS NULL AND ROW_NUMBER() OVER (PARTITION BY ("__reason" IS NULL), "visit_id" ORDER BY "__row") > 1
        THEN 'duplicate_id'
      ELSE "__reason"
    END AS "__reason",
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_checked"
),
"health_care_visit_valid" AS MATERIALIZED (
  SELECT
    "visit_id",
    "client_id",
    "birth_date",
    "sex",
    "municipality_code",
    "organizer_code",
    "service_branch",
    "professional_group",
    "urgency",
    "contact_mode",
    "contact_date",
    "need_assessment_date",
    "visit_date"
  FROM "health_care_visit_rows"
  WHERE "__reason" IS NULL
)
SELECT 'health_care_visit' AS "concept", "__reason" AS "reason", COUNT(*) AS "rows"
FROM "health_care_visit_rows"
GROUP BY "__reason";
