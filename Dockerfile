# Inddrag: the API serving the built web app. Used by docker-compose.yml.
#   docker compose up --build
FROM node:20-bookworm-slim

ENV CI=true \
    PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
RUN npm install -g pnpm@10 && pnpm --version

WORKDIR /app

# Dependencies first, so a code change does not reinstall them. The postinstall hook runs
# `prisma generate`, which needs the schema and its config.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY e2e/package.json e2e/
COPY scripts scripts
COPY prisma prisma
COPY prisma.config.ts ./
RUN pnpm install --frozen-lockfile

COPY . .
RUN pnpm build:web \
 && mkdir -p /app/.data \
 && chown node:node /app/.data

# DATA_DIR only matters when DATABASE_URL is unset (embedded PGlite); keep it writable.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/.data
EXPOSE 3000
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["pnpm", "--filter", "@inddrag/api", "start"]
