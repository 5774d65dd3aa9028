package io.gongkai.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The landing page in the request's language: {@code index.html} (Chinese) unless Accept-Language
 * prefers English ({@link AcceptLanguage}), then {@code index.en.html}; either way it says which
 * ({@code Content-Language}) and that it varies with {@code Accept-Language}.
 */
@WebFilter("/*")
public class LandingPage extends HttpFilter {

  static final String ENGLISH_PAGE = "/index.en.html";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.equals("/") && !path.equals("/index.html")) {
      chain.doFilter(request, response);
      return;
    }
    Locale language = AcceptLanguage.negotiate(request.getHeader("Accept-Language"));
    response.setHeader("Content-Language", language.toLanguageTag());
    response.addHeader("Vary", "Accept-Language");
    if (language.equals(Messages.ENGLISH)) {
      request.getRequestDispatcher(ENGLISH_PAGE).forward(request, response);
    } else {
      chain.doFilter(request, response);
    }
  }
}
