from graphene_django.views import GraphQLView
graphql_view = GraphQLView.as_view()
