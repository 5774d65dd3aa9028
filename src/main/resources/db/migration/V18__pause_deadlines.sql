-- A pause's deadline (期限): the day by which the corrected request (补正通知书's 补正期限), the third
-- party's opinion (15 working days, 第三十二条) or the fee (20 working days, 国办函〔2020〕109号) is
-- due. When it passes with the pause still open, the register ends the pause by itself and marks it
-- lapsed: a consultation's clock runs on, an uncorrected or unpaid request ends under 其他处理.
-- NULL on pauses stored before deadlines existed: their statutory deadline is worked out on reading.
ALTER TABLE disclosure_request_pause ADD COLUMN due_on DATE;
ALTER TABLE disclosure_request_pause ADD COLUMN lapsed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX disclosure_request_pause_open ON disclosure_request_pause (ended_on, request_id);
