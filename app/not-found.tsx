import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-700">The page you asked for doesn’t exist or is no longer available.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Go to the home page
      </Link>
    </div>
  );
}
