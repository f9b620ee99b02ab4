"use client";

import dynamic from "next/dynamic";

// The confirm step's forms carry react-hook-form and zod (with every schema they import): loaded
// only when a time has been chosen, so the treatment, esthetician and time steps stay light on a
// phone (issue 17's budget). Still rendered on the server, so the form shows before its script.

export const LazyBookingReviewForm = dynamic(() => import("./BookingReviewForm").then((module) => module.BookingReviewForm));

export const LazySignUpForm = dynamic(() => import("@/components/auth/SignUpForm").then((module) => module.SignUpForm));
