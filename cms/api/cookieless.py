"""The API uses no cookies, whatever cookies a request carries: they are taken off the request
before the session and CSRF middleware see them (so those have nothing to refresh, delete or
vary on), and any cookie or `Vary: Cookie` added on the way out is dropped. Responses of
`/graphql/` thus stay cacheable by CDNs and carry no session."""

API_PATHS = ("/graphql", "/graphql/")


class CookielessApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path not in API_PATHS:
            return self.get_response(request)
        request.META.pop("HTTP_COOKIE", None)
        request.COOKIES = {}
        response = self.get_response(request)
        response.cookies.clear()
        if response.has_header("Vary"):
            kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "cookie"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
