-- Reminders were copied into notifications by 0015 and nothing writes them any more (issue 15).
DROP TABLE "reminders" CASCADE;