-- Sign-up asks only for name, email and password (issue 17): a pending sign-up may carry no
-- phone number. The account it becomes already allows none (app_user.phone is nullable).
ALTER TABLE "sign_up_request" ALTER COLUMN "phone" DROP NOT NULL;
