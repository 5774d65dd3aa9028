-- Which figures of a report were proposed by Gongkai from the items it holds and accepted as such:
-- a JSON object of cell path → value ("proactive.regulations.inForce": 12, "overview": "…").
ALTER TABLE report ADD COLUMN derived_json VARCHAR(100000);
